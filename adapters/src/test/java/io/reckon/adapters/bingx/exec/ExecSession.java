package io.reckon.adapters.bingx.exec;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.bingx.rest.RetryPolicy;
import io.reckon.adapters.bingx.rest.Sleeper;
import io.reckon.adapters.bingx.stream.GapRepair;
import io.reckon.adapters.bingx.stream.StreamTimings;
import io.reckon.adapters.bingx.stream.UserStream;
import io.reckon.adapters.runtime.KernelAssembly;
import io.reckon.adapters.sim.AccountSnapshot;
import io.reckon.adapters.sim.BingxSimulator;
import io.reckon.adapters.sim.SimConfig;
import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.config.WaitStrategyKind;
import io.reckon.engine.exec.Decision;
import io.reckon.engine.exec.DecisionKind;
import io.reckon.engine.exec.DeskSettings;
import io.reckon.engine.exec.ExecChannel;
import io.reckon.engine.exec.ExecutionFeed;
import io.reckon.engine.exec.ExecutionInbox;
import io.reckon.engine.intent.IntentEncoder;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.pipeline.ChronicleJournalSink;
import io.reckon.engine.pipeline.ConsumerHandler;
import io.reckon.engine.pipeline.EventTap;
import io.reckon.engine.pipeline.JournalSink;
import io.reckon.engine.pipeline.Pipeline;
import io.reckon.engine.pipeline.RingIngress;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.Source;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanRequest;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.journal.JournalWriter;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.SystemEpochNanoClock;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole live path of one session over loopback, for integration tests: the embedded BingX simulator, the real
 * REST client, the real user stream with gap repair, the real pipeline (codec, optional Chronicle journal, kernel
 * stages, execution feed) and the BingX execution thread. Intents are published from the test thread like a
 * strategy would; the simulator's prices move only when the test ticks it.
 */
final class ExecSession implements AutoCloseable {
    static final long WAIT_MS = 10_000;
    static final String BTC = "BTC-USDT";

    final BingxSimulator sim;
    final ReckonConfig config;
    final BingxRestClient rest;
    final KernelAssembly kernel;
    final Pipeline pipeline;
    final RingIngress ingress;
    final UserStream stream;
    final BingxExecution exec;
    final List<Decision> decisions = new CopyOnWriteArrayList<>();
    private final JournalWriter journal;
    private final ScheduledExecutorService scheduler;
    private final IntentEncoder encoder = new IntentEncoder();
    private final Snapshot snapshot = new Snapshot();
    private volatile boolean streamHealthy;

    /** Session options; {@code router} entries are {@code router.*} keys without the prefix. */
    record Options(Map<String, String> router, DeskSettings desk, long rateLimitCooldownMs, long settlementWindowMs,
                   Path stateDir, Path journalDir) {
        static Options taker(final Path stateDir) {
            return new Options(Map.of(), new DeskSettings(200, 400, 3), 300, 5_000, stateDir, null);
        }

        Options router(final Map<String, String> r) {
            return new Options(r, desk, rateLimitCooldownMs, settlementWindowMs, stateDir, journalDir);
        }

        Options settlementWindowMs(final long ms) {
            return new Options(router, desk, rateLimitCooldownMs, ms, stateDir, journalDir);
        }

        Options journal(final Path dir) {
            return new Options(router, desk, rateLimitCooldownMs, settlementWindowMs, stateDir, dir);
        }
    }

    ExecSession(final Options o) throws InterruptedException {
        sim = BingxSimulator.start(SimConfig.builder().pingInterval(Duration.ofMillis(200)).build());
        final Map<String, String> keys = new HashMap<>();
        keys.put("rest.base_url", sim.restBaseUrl());
        keys.put("ws.base_url", sim.wsBaseUrl());
        keys.put("credentials.api_key_env", "SIM_KEY");
        keys.put("credentials.secret_env", "SIM_SECRET");
        keys.put("ring.slot_bytes", "16384");
        keys.put("reconcile.settlement_window_ms", Long.toString(o.settlementWindowMs()));
        keys.put("journal.hash_interval", "64");
        o.router().forEach((k, v) -> keys.put("router." + k, v));
        config = ConfigLoader.fromMap(keys, Map.of());
        rest = new BingxRestClient(sim.restBaseUrl(), Credentials.of(sim.apiKey(), sim.secret()),
            HttpClient.newHttpClient(), SystemEpochClock.INSTANCE, 5_000, 3_000,
            new RetryPolicy(2, 20, 100, o.rateLimitCooldownMs(), Math.max(o.rateLimitCooldownMs(), 1_000)),
            Sleeper.THREAD);
        kernel = KernelAssembly.create(config, SnapshotListener.NONE);
        final ExecutionInbox inbox = new ExecutionInbox(256);
        final AtomicReference<UserStream> streamRef = new AtomicReference<>();
        final JournalSink sink;
        if (o.journalDir() != null) {
            journal = JournalWriter.open(o.journalDir(), config.rollCycle());
            journal.appendConfig(config.toProperties(), SystemEpochNanoClock.INSTANCE.nanoTime());
            journal.handOff();
            sink = new ChronicleJournalSink(journal);
        } else {
            journal = null;
            sink = JournalSink.NONE;
        }
        final ConsumerHandler handler = new ConsumerHandler(kernel.codec(), sink, kernel.stages(),
            connectionId -> {
                final UserStream s = streamRef.get();
                if (s != null) {
                    s.listenKeyExpired(connectionId);
                }
            }, tap(new ExecutionFeed(kernel.symbols(), inbox)));
        pipeline = new Pipeline(config.ringSize(), config.slotBytes(), WaitStrategyKind.BLOCKING, handler,
            SystemEpochNanoClock.INSTANCE, config.venue().code()).start();
        ingress = pipeline.newIngress(kernel.codec()::newWireReader);
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            final Thread t = new Thread(r, "live-session-stream");
            t.setDaemon(true);
            return t;
        });
        stream = new UserStream(sim.wsBaseUrl(), rest, new GapRepair(rest, ingress, SystemEpochClock.INSTANCE,
            () -> 0L), ingress, scheduler, SystemEpochClock.INSTANCE,
            new StreamTimings(600_000, 50, 400, 3_600_000, 0, 3_000, 0));
        streamRef.set(stream);
        stream.start();
        exec = new BingxExecution(rest, ingress, inbox, config.router(), o.desk(), o.stateDir(),
            SystemEpochClock.INSTANCE, 25, decisions::add).start();
        assertTrue(exec.awaitReady(WAIT_MS, TimeUnit.MILLISECONDS), "execution thread ready");
        await(() -> streamHealthy && snapshot().hasWallet && snapshot().seeded,
            "stream healthy (gap repaired, so no REST call of its own is in flight) and the kernel seeded");
    }

    /** The feed, plus a look at the stream's control records: tests start once the stream is healthy. */
    private EventTap tap(final ExecutionFeed feed) {
        return e -> {
            feed.onProcessed(e);
            if (e.source == Source.CONTROL && !ExecChannel.isExec(e.connectionId)
                && new String(e.payload, 0, e.payloadLength, StandardCharsets.UTF_8).contains("stream_healthy")) {
                streamHealthy = true;
            }
        };
    }

    /** The latest snapshot, read lock-free (a copy owned by this session, valid until the next call). */
    Snapshot snapshot() {
        kernel.stages().publisher().readInto(snapshot);
        return snapshot;
    }

    long price(final String symbol) {
        return FixedPoint.parse(sim.price(symbol).toPlainString());
    }

    void enter(final String tradeId, final PositionSide side, final String size, final int leverage,
               final long spreadBps) {
        encoder.enter(tradeId, BTC, side, FixedPoint.parse(size), leverage, price(BTC), spreadBps);
        ingress.intent(encoder.buffer(), 0, encoder.length());
    }

    void enter(final String tradeId, final PositionSide side, final String size) {
        enter(tradeId, side, size, 0, PlanRequest.SPREAD_UNKNOWN);
    }

    void exit(final String tradeId, final PositionSide side, final String size, final ExitReason reason) {
        encoder.exit(tradeId, BTC, side, FixedPoint.parse(size), reason, price(BTC), PlanRequest.SPREAD_UNKNOWN);
        ingress.intent(encoder.buffer(), 0, encoder.length());
    }

    /** Publishes the venue's balance as a REST snapshot, as a guard poll would. */
    void pollBalance() {
        final byte[] body = rest.balance().body();
        ingress.poll(1, RestTopic.BALANCE, body, 0, body.length);
    }

    /** The simulator's open position size on {@code side} of BTC-USDT (0 when flat). */
    BigDecimal position(final PositionSide side) {
        final AccountSnapshot a = sim.account();
        return a.positions().stream()
            .filter(p -> p.symbol().equals(BTC) && p.side().name().equals(side.name()))
            .map(p -> p.size())
            .findFirst().orElse(BigDecimal.ZERO);
    }

    /** No open order and no open position on the venue. */
    boolean flat() {
        final AccountSnapshot a = sim.account();
        return a.openOrders().isEmpty() && a.positions().stream().allMatch(p -> p.size().signum() == 0);
    }

    Decision awaitDecision(final Predicate<Decision> p, final String what) {
        final long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            for (Decision d : decisions) {
                if (p.test(d)) {
                    return d;
                }
            }
            sleep(5);
        }
        return fail("no decision " + what + " within " + WAIT_MS + " ms; decisions: " + describe());
    }

    List<Decision> decisions(final DecisionKind kind) {
        final List<Decision> out = new ArrayList<>();
        for (Decision d : decisions) {
            if (d.kind() == kind) {
                out.add(d);
            }
        }
        return out;
    }

    String describe() {
        final StringBuilder sb = new StringBuilder();
        for (Decision d : decisions) {
            sb.append("\n  ").append(d.kind()).append(' ').append(d.tradeId()).append(' ')
                .append(d.plan() == null ? "" : d.plan().type() + "/" + d.plan().reason()).append(' ')
                .append(d.miss() == null ? "" : d.miss()).append(' ').append(d.clientOrderId());
        }
        return sb.toString();
    }

    /** Waits for {@code condition}, ticking nothing; fails after {@link #WAIT_MS}. */
    void await(final BooleanSupplier condition, final String what) {
        final long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + what + "; decisions: " + describe());
            }
            sleep(5);
        }
    }

    /** Ticks the simulator's prices until {@code condition} holds; fails after {@code maxTicks}. */
    void tickUntil(final BooleanSupplier condition, final int maxTicks, final String what) {
        for (int i = 0; i < maxTicks && !condition.getAsBoolean(); i++) {
            sim.tick();
            sleep(2);
        }
        await(condition, what);
    }

    static void sleep(final long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        exec.close();
        stream.close();
        scheduler.shutdownNow();
        pipeline.close();
        if (journal != null) {
            journal.close();
        }
        sim.close();
    }
}
