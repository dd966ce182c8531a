package io.reckon.adapters.runtime;

import io.reckon.adapters.sim.MalformedFrame;
import io.reckon.journal.JournalExport;
import io.reckon.journal.JournalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole kernel live against the simulator over loopback: after a scripted session (round trips, partial
 * fills, maker exits, funding, a transfer), K equals the simulator's account exactly and is not frozen, and the
 * journal replays to the identical snapshot sequence and state hash.
 */
class LiveSessionTest {

    @Test
    void scriptedSessionEndsWithKEqualToTheSimulatorAndReplaysIdentically(@TempDir final Path dir) throws Exception {
        runAndVerify(dir, 11, sim -> { });
    }

    @Test
    void duplicatedFramesAreBookedOnce(@TempDir final Path dir) throws Exception {
        runAndVerify(dir, 12, sim -> sim.faults().duplicateNextFrames(6));
    }

    @Test
    void malformedFramesAreRejectedAndNothingIsLost(@TempDir final Path dir) throws Exception {
        final SimulatedSession s = runAndVerify(dir, 13, sim -> {
            sim.faults().sendMalformedFrame(MalformedFrame.TRUNCATED_JSON);
            sim.faults().sendMalformedFrame(MalformedFrame.CORRUPT_GZIP);
        });
        final String journal = exportJournal(dir);
        assertTrue(journal.contains("\"reject\":\"MALFORMED_JSON\""), "truncated frame journaled with its reason");
        assertTrue(journal.contains("\"reject\":\"GZIP_CORRUPT\""), "corrupt gzip journaled with its reason");
        assertFalse(s == null);
    }

    @Test
    void accountUpdateBeforeItsFillSettles(@TempDir final Path dir) throws Exception {
        runAndVerify(dir, 14, sim -> sim.faults().reorderNextFill());
    }

    @Test
    void restServerErrorsAndRateLimitsDoNotBlindTheKernel(@TempDir final Path dir) throws Exception {
        runAndVerify(dir, 15, sim -> {
            sim.faults().failNextRestCalls(2);
            sim.faults().rateLimitNextRestCalls(1);
        });
    }

    @Test
    void disconnectMidSessionIsRepairedFromRest(@TempDir final Path dir) throws Exception {
        runAndVerify(dir, 17, sim -> sim.faults().disconnectAll());
    }

    @Test
    void listenKeyExpiryRotatesTheStreamAndLosesNothing(@TempDir final Path dir) throws Exception {
        runAndVerify(dir, 18, sim -> sim.faults().expireListenKeysNow());
    }

    @Test
    void framesDroppedOnAHealthySocketAreBookedFromRest(@TempDir final Path dir) throws Exception {
        runAndVerify(dir, 19, sim -> sim.faults().dropNextFrames(4));
    }

    @Test
    void keepaliveNotFoundRotatesTheStream(@TempDir final Path dir) throws Exception {
        runAndVerify(dir, 20, Map.of("stream.keepalive_seconds", "1"), sim -> sim.faults().failNextKeepalive());
    }

    @Test
    void secretsNeverReachTheJournal(@TempDir final Path dir) throws Exception {
        try (SimulatedSession s = new SimulatedSession(SimulatedSession.fastScript(16), dir.resolve("j"), Map.of())) {
            s.awaitSeeded();
            s.sim.faults().expireListenKeysNow();
            Thread.sleep(1500);
            s.session.close();
            final String journal = exportJournal(dir);
            assertFalse(journal.contains(s.sim.apiKey()), "API key in the journal");
            assertFalse(journal.contains(s.sim.secret()), "secret in the journal");
            assertTrue(journal.contains("listenKeyExpired"), "the expiry frame is journaled");
            assertFalse(journal.matches("(?s).*\"listenKey\":\"[0-9a-f]{8,}.*"), "a listen key in the journal");
        }
    }

    private static SimulatedSession runAndVerify(final Path dir, final long seed,
                                                 final Consumer<io.reckon.adapters.sim.BingxSimulator> fault)
        throws Exception {
        return runAndVerify(dir, seed, Map.of(), fault);
    }

    private static SimulatedSession runAndVerify(final Path dir, final long seed, final Map<String, String> keys,
                                                 final Consumer<io.reckon.adapters.sim.BingxSimulator> fault)
        throws Exception {
        try (SimulatedSession s = new SimulatedSession(SimulatedSession.fastScript(seed), dir.resolve("j"), keys)) {
            s.awaitSeeded();
            s.sim.session().play();
            Thread.sleep(300);
            fault.accept(s.sim);
            assertTrue(s.sim.session().awaitCompletion(Duration.ofSeconds(60)), "script finished");
            final List<String> diff = s.settle(Duration.ofSeconds(15));
            assertEquals(List.of(), diff, "K against the simulator's account");
            s.session.close();
            final List<String> live = s.liveSnapshotsAsJson();
            final SimulatedSession.Replayed replay = s.replay();
            assertTrue(replay.result().verified(), "state-hash checkpoints match: " + replay.result());
            assertTrue(replay.result().hashesChecked() > 0, "at least one checkpoint");
            assertEquals(live.size(), replay.snapshots().size(), "snapshot count");
            for (int i = 0; i < live.size(); i++) {
                assertEquals(live.get(i), replay.snapshots().get(i), "snapshot " + i);
            }
            assertEquals(s.liveStateHash(), replay.stateHash(), "final state hash");
            return s;
        }
    }

    private static String exportJournal(final Path dir) throws Exception {
        final StringBuilder out = new StringBuilder();
        try (JournalReader reader = JournalReader.open(dir.resolve("j"))) {
            new JournalExport(new io.reckon.adapters.report.JournalLabels()).export(reader, out);
        }
        return out.toString();
    }
}
