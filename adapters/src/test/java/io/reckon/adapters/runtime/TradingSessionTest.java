package io.reckon.adapters.runtime;

import io.reckon.adapters.bingx.exec.BingxExecution;
import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.cli.ReckonCli;
import io.reckon.adapters.demo.DemoStrategy;
import io.reckon.adapters.sim.BingxSimulator;
import io.reckon.adapters.sim.SimConfig;
import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.engine.exec.Decision;
import io.reckon.engine.exec.DeskSettings;
import io.reckon.engine.exec.ExecutionFeed;
import io.reckon.engine.exec.OrderDesk;
import io.reckon.engine.exec.SynchronousDesk;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.replay.ReplayDriver;
import io.reckon.engine.replay.ReplayResult;
import io.reckon.engine.router.ExecutionRouter;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.journal.JournalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trading live session: the demo strategy's intents through the gate, the router and BingX, then a replay. */
class TradingSessionTest {
    @TempDir
    Path dir;

    @Test
    void aTradingSessionRoundTripsThroughTheRouterAndItsJournalReplaysTheSameDecisions() throws Exception {
        final Path journal = dir.resolve("journal");
        final List<Decision> live = new CopyOnWriteArrayList<>();
        final LiveSession.ExecutionOptions options = new LiveSession.ExecutionOptions(DeskSettings.defaults(), 50,
            live::add);
        try (BingxSimulator sim = BingxSimulator.start(SimConfig.builder().pingInterval(Duration.ofMillis(200))
            .build())) {
            final ReckonConfig config = ConfigLoader.fromMap(Map.of("environment", "sim", "rest.base_url",
                sim.restBaseUrl(), "ws.base_url", sim.wsBaseUrl(), "journal.dir", journal.toString(),
                "router.style", "maker_both", "router.entry_ttl_ms", "1000", "router.exit_ttl_ms", "1000",
                "router.entry_miss", "market", "ledger.default_leverage", "10"), Map.of());
            final DemoStrategy.Result result;
            try (LiveSession session = LiveSession.start(config, Credentials.of(sim.apiKey(), sim.secret()),
                SnapshotListener.NONE, options)) {
                final BingxExecution exec = session.execution().orElseThrow();
                assertTrue(exec.awaitReady(10, TimeUnit.SECONDS));
                final io.reckon.engine.snapshot.Snapshot snap = new io.reckon.engine.snapshot.Snapshot();
                final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!(session.latest(snap) && snap.seeded) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                final DemoStrategy demo = new DemoStrategy(session.ingress(), DemoStrategy.Market.of(sim),
                    session.kernel().stages().publisher(), exec::stats,
                    List.of(new DemoStrategy.Instrument("ETH-USDT", FixedPoint.parse("0.05"))), 3, 2, 1_500, 4);
                result = demo.run(3);
                final long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!flat(sim) && System.nanoTime() < settle) {
                    Thread.sleep(20);
                }
                Thread.sleep(200);
            }
            assertTrue(flat(sim), "every order and position settled");
            assertEquals(3, result.completed());
            assertTrue(Math.abs(result.capital() - result.wallet()) < FixedPoint.SCALE);
            assertFalse(result.frozen());
            assertTrue(Files.readString(journal.resolve("leverage-cache.properties")).contains("ETH-USDT"),
                "the leverage cache lives beside the journal");
        }

        final List<Decision> replayed = new ArrayList<>();
        final ReplayResult r;
        try (JournalReader reader = JournalReader.open(journal)) {
            r = new ReplayDriver((config, start) -> {
                final KernelAssembly kernel = KernelAssembly.create(config, SnapshotListener.NONE);
                return kernel.replaySession(new ExecutionFeed(kernel.symbols(), new SynchronousDesk(new OrderDesk(
                    new ExecutionRouter(config.router()), DeskSettings.defaults(), replayed::add))));
            }).replay(reader);
        }
        assertTrue(r.verified());
        assertEquals(List.copyOf(live), replayed);

        final PrintStream stdout = System.out;
        final ByteArrayOutputStream printed = new ByteArrayOutputStream();
        final int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            code = ReckonCli.execute("replay", "--journal", journal.toString(), "--verify", "--decisions");
        } finally {
            System.setOut(stdout);
        }
        final String text = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        assertTrue(text.contains("router decisions: " + live.size() + "\n"), text);
        assertTrue(text.contains("submitted demo-3-1 ENTER"), text);
    }

    private static boolean flat(final BingxSimulator sim) {
        final io.reckon.adapters.sim.AccountSnapshot a = sim.account();
        return a.openOrders().isEmpty() && a.positions().stream().allMatch(p -> p.size().signum() == 0);
    }
}
