package io.reckon.adapters.runtime;

import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.report.SnapshotJson;
import io.reckon.adapters.sim.BingxSimulator;
import io.reckon.adapters.sim.SimConfig;
import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.engine.replay.ReplayDriver;
import io.reckon.engine.replay.ReplayResult;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.symbol.SymbolTable;
import io.reckon.journal.JournalReader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Test harness: the real simulator, the real live session (journal, ring, consumer, REST, user stream) over
 * loopback, every snapshot the live kernel published, and a replay of the journal it wrote.
 */
final class SimulatedSession implements AutoCloseable {
    final BingxSimulator sim;
    final LiveSession session;
    final Path journal;
    private final List<Snapshot> live = Collections.synchronizedList(new ArrayList<>());

    SimulatedSession(final SimConfig simConfig, final Path journal, final Map<String, String> extraKeys) {
        this.sim = BingxSimulator.start(simConfig);
        this.journal = journal;
        final Map<String, String> keys = SimulatorKeys.of(sim, journal);
        keys.put("journal.hash_interval", "16");
        keys.putAll(extraKeys);
        keys.putIfAbsent("stream.reconnect_initial_ms", "100");
        keys.putIfAbsent("stream.reconnect_max_ms", "2000");
        final ReckonConfig config = ConfigLoader.fromMap(keys, Map.of());
        this.session = LiveSession.start(config, Credentials.of(sim.apiKey(), sim.secret()), s -> {
            final Snapshot copy = new Snapshot();
            copy.copyFrom(s);
            live.add(copy);
        });
    }

    static SimConfig fastScript(final long seed) {
        return SimConfig.builder().seed(seed).tickInterval(Duration.ofMillis(20))
            .scriptStepDelay(Duration.ofMillis(40)).pingInterval(Duration.ofMillis(500)).build();
    }

    Snapshot awaitSeeded() throws InterruptedException {
        final Snapshot s = new Snapshot();
        final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (session.latest(s) && s.seeded) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("kernel not seeded within 20 s");
    }

    /** Polls REST until K equals the simulator's account, or the deadline passes; returns what still differs. */
    List<String> settle(final Duration within) throws InterruptedException {
        final Snapshot s = new Snapshot();
        List<String> diff = List.of("never compared");
        final long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            session.pollNow();
            Thread.sleep(300);
            session.latest(s);
            diff = BooksCheck.differences(sim.account(), s);
            if (diff.isEmpty()) {
                return diff;
            }
        }
        return diff;
    }

    List<String> liveSnapshotsAsJson() {
        return render(new ArrayList<>(live), session.kernel().symbols());
    }

    long liveStateHash() {
        return session.kernel().stages().stateHash();
    }

    /** Replays the journal; returns the snapshots as JSON lines and the final state hash. */
    Replayed replay() {
        final List<Snapshot> replayed = new ArrayList<>();
        final KernelAssembly[] kernel = new KernelAssembly[1];
        final ReplayResult result;
        try (JournalReader reader = JournalReader.open(journal)) {
            result = new ReplayDriver((config, start) -> {
                kernel[0] = KernelAssembly.create(config, s -> {
                    final Snapshot copy = new Snapshot();
                    copy.copyFrom(s);
                    replayed.add(copy);
                });
                return kernel[0].replaySession();
            }).replay(reader);
        }
        return new Replayed(result, render(replayed, kernel[0].symbols()), kernel[0].stages().stateHash());
    }

    record Replayed(ReplayResult result, List<String> snapshots, long stateHash) {
    }

    private static List<String> render(final List<Snapshot> snapshots, final SymbolTable symbols) {
        final SnapshotJson json = new SnapshotJson(symbols);
        final List<String> out = new ArrayList<>(snapshots.size());
        final StringBuilder sb = new StringBuilder();
        for (Snapshot s : snapshots) {
            sb.setLength(0);
            json.append(s, sb);
            out.add(sb.toString());
        }
        return out;
    }

    @Override
    public void close() {
        session.close();
        sim.close();
    }
}
