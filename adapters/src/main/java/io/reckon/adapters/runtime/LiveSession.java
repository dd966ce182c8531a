package io.reckon.adapters.runtime;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.bingx.rest.RetryPolicy;
import io.reckon.adapters.bingx.rest.Sleeper;
import io.reckon.adapters.bingx.stream.GapRepair;
import io.reckon.adapters.bingx.stream.StreamTimings;
import io.reckon.adapters.bingx.stream.UserStream;
import io.reckon.config.ReckonConfig;
import io.reckon.adapters.bingx.exec.BingxExecution;
import io.reckon.engine.exec.DeskListener;
import io.reckon.engine.exec.DeskSettings;
import io.reckon.engine.exec.ExecutionFeed;
import io.reckon.engine.exec.ExecutionInbox;
import io.reckon.engine.pipeline.ChronicleJournalSink;
import io.reckon.engine.pipeline.ConsumerHandler;
import io.reckon.engine.pipeline.EventTap;
import io.reckon.engine.pipeline.Ingress;
import io.reckon.engine.pipeline.Pipeline;
import io.reckon.engine.pipeline.RingIngress;
import io.reckon.engine.snapshot.ReconcileTransitionLog;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.journal.JournalWriter;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.SystemEpochNanoClock;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One live session against a BingX-protocol venue (real or the embedded simulator): journal, ring and consumer,
 * the signed REST client, gap repair and the user stream, wired and started in that order and stopped in the
 * reverse one. Closing deletes the listen key, drains the ring (the consumer journals a final state hash) and
 * closes the journal.
 *
 * <p>A trading session ({@link #start(ReckonConfig, Credentials, SnapshotListener, ExecutionOptions)}) adds the
 * execution feed on the consumer and the BingX execution thread; it is stopped first, so no order goes out once
 * closing has begun.
 *
 * <p>Every status change, freeze and unfreeze is logged once ({@link ReconcileTransitionLog}).
 *
 * <p>Threads: the consumer; the execution thread of a trading session; the stream's scheduler (keepalive, rotation, gap repair, guard poll); the WebSocket
 * client's own threads per connection. None spins unless the configuration asks for a spinning wait strategy.
 */
public final class LiveSession implements AutoCloseable {
    private static final int INBOX_CAPACITY = 1024;
    private final ReckonConfig config;
    private final KernelAssembly kernel;
    private final LatencyProbe latency;
    private final EpochNanoClock nanoClock;
    private final SettlementWatch settlementWatch;
    private final JournalWriter journal;
    private final Pipeline pipeline;
    private final ScheduledExecutorService scheduler;
    private final UserStream stream;
    private final BingxRestClient rest;
    private final RingIngress ingress;
    private final BingxExecution execution;
    private final Snapshot reader = new Snapshot();
    private boolean closed;

    private LiveSession(final ReckonConfig config, final Credentials credentials, final SnapshotListener listener,
                        final ExecutionOptions executionOptions) {
        this.config = config;
        this.nanoClock = new SystemEpochNanoClock();
        final EpochClock clock = SystemEpochClock.INSTANCE;
        this.latency = new LatencyProbe(nanoClock);
        // The latency probe first, so a logged status change does not count as kernel latency.
        final SnapshotListener logged = new ReconcileTransitionLog(listener);
        this.settlementWatch = new SettlementWatch(config.reconcile().settlementWindowMs());
        this.kernel = KernelAssembly.create(config, snapshot -> {
            latency.onSnapshot(snapshot);
            settlementWatch.onSnapshot(snapshot);
            logged.onSnapshot(snapshot);
        });
        this.journal = JournalWriter.open(config.journalDir(), config.rollCycle());
        // The journal holds its directory's writer lock: a start that fails from here on must give it back.
        try {
            journal.appendConfig(config.toProperties(), nanoClock.nanoTime());
            journal.handOff();
            this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                final Thread t = new Thread(r, "reckon-stream");
                t.setDaemon(true);
                return t;
            });
            this.rest = new BingxRestClient(config.restBaseUrl(), credentials,
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(config.stream().restTimeoutMs())).build(),
                clock, config.stream().recvWindowMs(), config.stream().restTimeoutMs(), RetryPolicy.defaults(),
                Sleeper.THREAD);
            final UserStream[] streamRef = new UserStream[1];
            final ExecutionInbox inbox = executionOptions == null ? null : new ExecutionInbox(INBOX_CAPACITY);
            final ConsumerHandler handler = new ConsumerHandler(kernel.codec(), new ChronicleJournalSink(journal),
                kernel.stages(), connectionId -> streamRef[0].listenKeyExpired(connectionId),
                inbox == null ? EventTap.NONE : new ExecutionFeed(kernel.symbols(), inbox));
            this.pipeline = new Pipeline(config.ringSize(), config.slotBytes(), config.waitStrategy(), handler,
                nanoClock, config.venue().code());
            this.ingress = pipeline.newIngress(kernel.codec()::newWireReader);
            this.execution = inbox == null ? null : new BingxExecution(rest, ingress, inbox, config.router(),
                executionOptions.desk(), config.journalDir(), clock, executionOptions.tickIntervalMs(),
                executionOptions.decisions());
            final GapRepair repair = new GapRepair(rest, ingress, clock, this::lastEventTimeMs);
            this.stream = new UserStream(config.wsBaseUrl(), rest, repair, ingress, scheduler, clock,
                StreamTimings.from(config.stream()));
            streamRef[0] = stream;
        } catch (final RuntimeException | Error e) {
            journal.close();
            throw e;
        }
    }

    /**
     * Starts a session: the consumer first, then the stream (which creates a listen key, connects and repairs the
     * gap with a REST snapshot).
     *
     * @param listener told of every snapshot on the consumer thread (must not block)
     */
    public static LiveSession start(final ReckonConfig config, final Credentials credentials,
                                    final SnapshotListener listener) {
        return start(config, credentials, listener, null);
    }

    /**
     * Starts a session that also trades: intents published on {@link #ingress()} pass the freeze gate on the
     * consumer and reach the BingX execution thread (router policy {@code router.*}, leverage cache in the journal
     * directory), which then starts too.
     *
     * @param execution how the execution thread runs; null for a session that only follows the account
     */
    public static LiveSession start(final ReckonConfig config, final Credentials credentials,
                                    final SnapshotListener listener, final ExecutionOptions execution) {
        final LiveSession s = new LiveSession(config, credentials, listener, execution);
        s.pipeline.start();
        s.stream.start();
        s.watchSettlement();
        if (s.execution != null) {
            s.execution.start();
        }
        return s;
    }

    /**
     * How a trading session's execution thread runs.
     *
     * @param tickIntervalMs how often the TTL loop ticks while a quote works
     * @param decisions      told of every desk decision, on the execution thread
     */
    public record ExecutionOptions(DeskSettings desk, long tickIntervalMs, DeskListener decisions) {
        public static ExecutionOptions defaults() {
            return new ExecutionOptions(DeskSettings.defaults(), 100, DeskListener.NONE);
        }
    }

    /** The latest published snapshot, copied consistently into {@code into}; false before the first one. */
    public boolean latest(final Snapshot into) {
        return kernel.stages().publisher().readInto(into);
    }

    public KernelAssembly kernel() {
        return kernel;
    }

    /**
     * Polls the venue (snapshot and catch-up, as the guard poll does) when a difference has been in flight for half
     * the settlement window or the books froze, instead of leaving it to the next guard poll (see
     * {@link SettlementWatch}).
     */
    private void watchSettlement() {
        final long every = settlementWatch.checkEveryMs();
        scheduler.scheduleWithFixedDelay(() -> {
            if (settlementWatch.check(nanoClock.nanoTime())) {
                stream.pollNow();
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    public LatencyProbe latency() {
        return latency;
    }

    public ReckonConfig config() {
        return config;
    }

    public BingxRestClient rest() {
        return rest;
    }

    /** Where producers put inputs on the ring: a strategy publishes its intents here. Thread-safe. */
    public Ingress ingress() {
        return ingress;
    }

    /** The execution thread of a trading session. */
    public Optional<BingxExecution> execution() {
        return Optional.ofNullable(execution);
    }

    /** Publishes a fresh REST snapshot (balance, positions, open orders) now, as the guard poll does. */
    public void pollNow() {
        stream.pollNow();
    }

    private long lastEventTimeMs() {
        synchronized (reader) {
            return latest(reader) ? reader.eventTimeMs : 0;
        }
    }

    /** Stops the stream (listen key deleted), drains the ring, journals the final hash, closes the journal. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (execution != null) {
            execution.close();
        }
        stream.close();
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pipeline.close();
        journal.close();
    }
}
