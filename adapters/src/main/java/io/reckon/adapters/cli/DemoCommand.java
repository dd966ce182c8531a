package io.reckon.adapters.cli;

import io.reckon.adapters.bingx.exec.BingxExecution;
import io.reckon.adapters.bingx.exec.ExecStats;
import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.demo.DemoStrategy;
import io.reckon.adapters.report.RunSummary;
import io.reckon.adapters.runtime.BooksCheck;
import io.reckon.adapters.runtime.KernelAssembly;
import io.reckon.adapters.runtime.LiveSession;
import io.reckon.adapters.runtime.SimulatorKeys;
import io.reckon.adapters.runtime.StatusCounters;
import io.reckon.adapters.sim.AccountSnapshot;
import io.reckon.adapters.sim.BingxSimulator;
import io.reckon.adapters.sim.MalformedFrame;
import io.reckon.adapters.sim.SessionScript;
import io.reckon.adapters.sim.SimConfig;
import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.replay.ReplayDriver;
import io.reckon.engine.replay.ReplayResult;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.journal.JournalReader;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemNanoClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code reckon demo}: the embedded BingX simulator and the real BingX adapter over loopback, a scripted session
 * with faults, a live status line, then a check that the kernel's books equal the simulator's account and that the
 * journal replays to the same state.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Start the embedded BingX simulator, connect the real BingX adapter to it over loopback"
        + " (WebSocket user stream with gzip frames and Ping/Pong, signed REST, listen keys) and play a seeded"
        + " session of round trips with partial fills, fees, funding and a transfer, injecting faults on the way:"
        + " a disconnect, duplicated frames, listenKeyExpired, a malformed frame, REST 5xx, an account update"
        + " before its fill, frames dropped on a healthy socket (booked from the REST catch-up). Then a small"
        + " strategy of ours opens and closes positions through the order router (maker and taker styles) and the"
        + " BingX execution adapter.",
        "Shows a status line every second, then a summary; verifies the journal by replay.",
        "Exit code 0 only if the final K (kernel ledger) equals the simulator's account exactly and the replay"
            + " reproduces the live state hash; 1 otherwise."})
final class DemoCommand implements java.util.concurrent.Callable<Integer> {
    /** Orchestration time (deadlines, pacing), never a stage's: injected clocks drive the kernel. */
    private static final NanoClock CLOCK = SystemNanoClock.INSTANCE;
    @Option(names = "--duration", defaultValue = "60", paramLabel = "SECONDS",
        description = "How long the scripted session runs (default ${DEFAULT-VALUE}); settling and replay add a few"
            + " seconds.")
    private int durationSeconds;

    @Option(names = "--journal", paramLabel = "DIR",
        description = "Journal directory (default: demo-journal/<timestamp>).")
    private Path journal;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the simulated session (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--no-faults", description = "Play the session without injecting faults.")
    private boolean noFaults;

    @Override
    public Integer call() throws Exception {
        if (durationSeconds < 5) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "--duration: at least 5 seconds, got " + durationSeconds);
        }
        final PrintStream out = System.out;
        final Path dir = journal != null ? journal : Path.of("demo-journal",
            LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        final int steps = SessionScript.planFor(SimConfig.builder().seed(seed).build()).size();
        final SimConfig simConfig = SimConfig.builder().seed(seed)
            .tickInterval(Duration.ofMillis(100))
            .scriptStepDelay(Duration.ofMillis(Math.max(20, durationSeconds * SCRIPT_SHARE_PERMILLE
                / Math.max(1, steps))))
            .build();
        try (BingxSimulator sim = BingxSimulator.start(simConfig)) {
            final Map<String, String> keys = SimulatorKeys.of(sim, dir);
            keys.put("stream.poll_interval_seconds", "10");
            keys.put("journal.hash_interval", "32");
            keys.put("router.style", "maker_both");
            keys.put("router.entry_ttl_ms", "1500");
            keys.put("router.exit_ttl_ms", "1500");
            keys.put("router.entry_miss", "market");
            final ReckonConfig config = ConfigLoader.fromMap(keys, System.getenv());
            out.println("reckon demo: simulator on " + sim.restBaseUrl() + " and " + sim.wsBaseUrl()
                + ", journal " + dir);
            final RunSummary summary = new RunSummary();
            final StatusCounters status = new StatusCounters();
            final long liveHash;
            final boolean booksMatch;
            final List<String> differences;
            final DemoStrategy.Result[] trading = new DemoStrategy.Result[1];
            try (LiveSession session = LiveSession.start(config, Credentials.of(sim.apiKey(), sim.secret()),
                s -> {
                    summary.onSnapshot(s);
                    status.onSnapshot(s);
                }, LiveSession.ExecutionOptions.defaults())) {
                final Snapshot snap = new Snapshot();
                awaitSeed(session, snap);
                final BingxExecution exec = session.execution().orElseThrow();
                if (!exec.awaitReady(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the execution thread did not connect within 20 s");
                }
                sim.session().play();
                final Thread strategy = strategyThread(sim, session, exec, trading);
                runWithStatus(sim, session, status, snap, strategy, out);
                strategy.join(TimeUnit.SECONDS.toMillis(60));
                differences = settle(sim, session, snap);
                if (trading[0] != null) {
                    printTrading(trading[0], out);
                }
                booksMatch = differences.isEmpty();
                session.close();
                liveHash = session.kernel().stages().stateHash();
            }
            out.println();
            summary.print(out);
            final AccountSnapshot account = sim.account();
            out.println("simulator: wallet " + account.wallet().stripTrailingZeros().toPlainString() + ", fees "
                + account.feesPaid().stripTrailingZeros().toPlainString() + ", funding "
                + account.fundingPaid().stripTrailingZeros().toPlainString() + ", transfers "
                + account.netTransfers().stripTrailingZeros().toPlainString() + ", fills " + account.fills().size()
                );
            final ReplayResult replay = replay(dir);
            final boolean replayMatches = replay.verified() && replay.hashesChecked() > 0;
            final long replayHash = lastReplayHash;
            out.printf(Locale.ROOT, "replay: %d inputs, %d checkpoints, %s; final state hash live %016x, replay %016x%n",
                replay.inputs(), replay.hashesChecked(), replay.verified() ? "all matched" : "MISMATCH at seq "
                    + replay.firstMismatchSeq(), liveHash, replayHash);
            if (!booksMatch) {
                differences.forEach(d -> out.println("K differs from the simulator: " + d));
            }
            final boolean ok = booksMatch && replayMatches && liveHash == replayHash;
            out.println(ok ? "DEMO OK: K equals the simulator's account and the journal replays identically"
                : "DEMO FAILED");
            return ok ? 0 : 1;
        }
    }

    /** The venue's own scripted session fills the first part of the run; our strategy's round trips the rest. */
    private static final long SCRIPT_SHARE_PERMILLE = 550;
    private static final int STRATEGY_TRIPS = 4;

    private long lastReplayHash;

    /**
     * Our own orders: the demo strategy sends ENTER/EXIT intents through the ring, the router and the BingX
     * execution thread, alternating taker and maker styles. It starts when the venue's script has finished, so the
     * two never trade the same position at once.
     */
    private Thread strategyThread(final BingxSimulator sim, final LiveSession session, final BingxExecution exec,
                                  final DemoStrategy.Result[] result) {
        final DemoStrategy demo = new DemoStrategy(session.ingress(), DemoStrategy.Market.of(sim),
            session.kernel().stages().publisher(), exec::stats,
            List.of(new DemoStrategy.Instrument("ETH-USDT", FixedPoint.parse("0.05")),
                new DemoStrategy.Instrument("BTC-USDT", FixedPoint.parse("0.002"))), seed, 150, 40, 0);
        final Thread t = new Thread(() -> {
            try {
                sim.session().awaitCompletion(Duration.ofSeconds(durationSeconds * 2L));
                System.out.println("  >> our strategy: " + STRATEGY_TRIPS + " round trips through the router"
                    + " (maker and taker)");
                result[0] = demo.run(STRATEGY_TRIPS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reckon-demo-strategy");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void printTrading(final DemoStrategy.Result r, final PrintStream out) {
        final ExecStats x = r.exec();
        out.println("strategy: " + r.completed() + "/" + r.trips().size() + " round trips completed ("
            + r.opened() + " opened)");
        out.println("router: " + x.router());
        out.println("desk: " + x.desk());
        out.println("gateway: " + x.gateway() + ", estimated fees " + FixedPoint.toPlainString(x.estimatedFees())
            + ", mean slippage " + FixedPoint.toPlainString(x.meanSlippageBps()) + " bps");
    }

    private ReplayResult replay(final Path dir) {
        try (JournalReader reader = JournalReader.open(dir)) {
            final KernelAssembly[] last = new KernelAssembly[1];
            final ReplayResult r = new ReplayDriver((config, start) -> {
                last[0] = KernelAssembly.create(config, s -> { });
                return last[0].replaySession();
            }).replay(reader);
            lastReplayHash = last[0] == null ? 0 : last[0].stages().stateHash();
            return r;
        }
    }

    private static void awaitSeed(final LiveSession session, final Snapshot snap) throws InterruptedException {
        final long deadline = CLOCK.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (CLOCK.nanoTime() < deadline) {
            if (session.latest(snap) && snap.seeded) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the kernel saw no balance from the simulator within 20 s");
    }

    /**
     * Every second a status line. Its reconcile field is the worst status of the second, counted on the consumer
     * ({@link StatusCounters}), with the ERROR episodes that began in it: a sample of the latest snapshot alone
     * would miss an episode that starts and ends within the second. FROZEN/open is the state at the sample.
     */
    private void runWithStatus(final BingxSimulator sim, final LiveSession session, final StatusCounters status,
                               final Snapshot snap, final Thread strategy, final PrintStream out)
        throws InterruptedException {
        final long startNs = CLOCK.nanoTime();
        final long endNs = startNs + Duration.ofSeconds(durationSeconds).toNanos();
        final long faultWindow = durationSeconds * SCRIPT_SHARE_PERMILLE / 1000;
        final List<Runnable> faults = noFaults ? List.of() : faultPlan(sim);
        int nextFault = 0;
        long lastEvents = session.latency().events();
        Histogram interval = null;
        while (CLOCK.nanoTime() < endNs || strategy.isAlive()) {
            Thread.sleep(1000);
            final double elapsed = (CLOCK.nanoTime() - startNs) / 1e9;
            final int due = faults.isEmpty() ? 0 : (int) (elapsed / faultWindow * (faults.size() + 1));
            while (nextFault < faults.size() && nextFault < due) {
                faults.get(nextFault++).run();
            }
            interval = session.latency().recorder().getIntervalHistogram(interval);
            final long events = session.latency().events();
            session.latest(snap);
            out.printf(Locale.ROOT, "[%3.0fs] events %6d (%4d/s)  K %s  wallet %s  %-5s %s  p50 %s p99 %s%n",
                elapsed, events, events - lastEvents, FixedPoint.toPlainString(snap.capital),
                snap.hasWallet ? FixedPoint.toPlainString(snap.wallet) : "?", status.next(),
                snap.frozen ? "FROZEN" : "open  ", micros(interval.getValueAtPercentile(50)),
                micros(interval.getValueAtPercentile(99)));
            lastEvents = events;
        }
    }

    private static List<Runnable> faultPlan(final BingxSimulator sim) {
        final List<Runnable> plan = new ArrayList<>();
        plan.add(() -> announce("disconnect every socket", sim.faults()::disconnectAll));
        plan.add(() -> announce("duplicate the next 3 frames", () -> sim.faults().duplicateNextFrames(3)));
        plan.add(() -> announce("expire the listen key", sim.faults()::expireListenKeysNow));
        plan.add(() -> announce("send a truncated frame", () -> sim.faults().sendMalformedFrame(
            MalformedFrame.TRUNCATED_JSON)));
        plan.add(() -> announce("fail the next 2 REST calls with HTTP 5xx", () -> sim.faults().failNextRestCalls(2)));
        plan.add(() -> announce("send the next account update before its fill", sim.faults()::reorderNextFill));
        plan.add(() -> announce("drop the next 3 frames (only REST shows them)", () -> sim.faults().dropNextFrames(3)));
        return plan;
    }

    private static void announce(final String what, final Runnable fault) {
        System.out.println("  >> fault: " + what);
        fault.run();
    }

    /**
     * Waits (polling REST so E is fresh) until K agrees with the simulator's ground truth, or 20 s pass.
     *
     * @return the differences left; empty when the books match
     */
    private static List<String> settle(final BingxSimulator sim, final LiveSession session, final Snapshot snap)
        throws InterruptedException {
        sim.session().awaitCompletion(Duration.ofSeconds(60));
        List<String> diff = List.of("not compared");
        final long deadline = CLOCK.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (CLOCK.nanoTime() < deadline) {
            session.pollNow();
            Thread.sleep(1000);
            session.latest(snap);
            diff = BooksCheck.differences(sim.account(), snap);
            if (diff.isEmpty()) {
                break;
            }
        }
        return diff;
    }

    private static String micros(final long nanos) {
        return String.format(Locale.ROOT, "%.1fus", nanos / 1000.0);
    }
}
