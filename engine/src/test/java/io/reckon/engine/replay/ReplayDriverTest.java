package io.reckon.engine.replay;

import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.config.RollCycleKind;
import io.reckon.config.Venue;
import io.reckon.engine.kernel.KernelConfig;
import io.reckon.engine.kernel.KernelStages;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.pipeline.ChronicleJournalSink;
import io.reckon.engine.pipeline.ConsumerHandler;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.engine.symbol.SymbolTable;
import io.reckon.engine.testing.ScriptedCodec;
import io.reckon.journal.JournalException;
import io.reckon.journal.JournalReader;
import io.reckon.journal.JournalWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ReplayDriver} over journals written in a temporary directory by the live consumer path (a
 * {@link ConsumerHandler} journaling through {@link ChronicleJournalSink}), decoded by the engine's scripted
 * stand-in for a venue codec: nine inputs a session, a checkpoint every three.
 */
class ReplayDriverTest {
    private static final ReckonConfig CONFIG = ConfigLoader.fromMap(Map.of("journal.hash_interval", "3",
        "ledger.seed_capital", "1000", "ledger.default_leverage", "10", "ring.slot_bytes", "4096"), Map.of());
    private static final byte[] NOTHING = new byte[1];

    @TempDir
    Path dir;

    /** Writes one session through the live consumer path and returns the snapshots it published. */
    private static List<Snapshot> writeSession(final JournalWriter writer, final long startNanos) {
        writer.appendConfig(CONFIG.toProperties(), startNanos);
        final List<Snapshot> snapshots = new ArrayList<>();
        final SymbolTable symbols = new SymbolTable(64);
        final KernelStages stages = new KernelStages(KernelConfig.of(CONFIG), symbols, copyInto(snapshots));
        final ScriptedCodec codec = new ScriptedCodec(ScriptedCodec.session(symbols));
        final ConsumerHandler handler = new ConsumerHandler(codec, new ChronicleJournalSink(writer), stages);
        final RingEvent slot = new RingEvent(CONFIG.slotBytes());
        for (int i = 0; i < codec.size(); i++) {
            final byte[] payload = ScriptedCodec.payload(i);
            slot.reset();
            slot.venue = CONFIG.venue().code();
            slot.source = codec.event(i).source;
            slot.connectionId = 1;
            slot.sequence = i;
            slot.recvTimeNanos = codec.event(i).recvTimeNanos;
            slot.setPayload(payload, 0, payload.length);
            handler.process(slot);
        }
        handler.onShutdown();
        return snapshots;
    }

    private static SnapshotListener copyInto(final List<Snapshot> snapshots) {
        return s -> {
            final Snapshot copy = new Snapshot();
            copy.copyFrom(s);
            snapshots.add(copy);
        };
    }

    /** Replays with fresh stages per session and a codec on {@code script}, recording every replayed snapshot. */
    private ReplayResult replay(final Function<SymbolTable, List<RingEvent>> script, final List<Snapshot> into) {
        final ReplayDriver driver = new ReplayDriver((config, startNanos) -> {
            final SymbolTable symbols = new SymbolTable(64);
            final KernelStages stages = new KernelStages(KernelConfig.of(config), symbols, copyInto(into));
            return new ReplaySession(config, new ScriptedCodec(script.apply(symbols)), stages);
        });
        try (JournalReader reader = JournalReader.open(dir)) {
            return driver.replay(reader);
        }
    }

    private ReplayResult replay() {
        return replay(ScriptedCodec::session, new ArrayList<>());
    }

    @Test
    void aJournalReplaysToTheSameSnapshotsAndVerifiesEveryCheckpoint() {
        final List<Snapshot> live;
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            live = writeSession(writer, 1_000);
        }
        final List<Snapshot> replayed = new ArrayList<>();

        final ReplayResult result = replay(ScriptedCodec::session, replayed);

        assertTrue(result.verified(), result.toString());
        assertEquals(1, result.sessions());
        assertEquals(9, result.inputs());
        assertEquals(3, result.hashesChecked(), "seq 2, 5 and 8; the last one is also the end of the session");
        assertEquals(8, result.lastMatchedSeq());
        assertEquals(live.size(), replayed.size());
        for (int i = 0; i < live.size(); i++) {
            final Snapshot a = live.get(i);
            final Snapshot b = replayed.get(i);
            assertEquals(a.sequence, b.sequence);
            assertEquals(a.kind, b.kind, "kind at seq " + a.sequence);
            assertEquals(a.capital, b.capital, "capital at seq " + a.sequence);
            assertEquals(a.stateHash, b.stateHash, "snapshot hash at seq " + a.sequence);
            assertEquals(a.stateHashVersion, b.stateHashVersion);
        }
    }

    @Test
    void eachSessionReplaysOnFreshStages() {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            writeSession(writer, 1_000);
            writeSession(writer, 2_000);
        }

        final ReplayResult result = replay();

        assertTrue(result.verified(), result.toString());
        assertEquals(2, result.sessions());
        assertEquals(18, result.inputs());
        assertEquals(6, result.hashesChecked());
    }

    @Test
    void aReplayThatFoldsDifferentlyNamesTheFirstCheckpointAfterTheDivergence() {
        final List<Long> liveHashes = new ArrayList<>();
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            for (final Snapshot s : writeSession(writer, 1_000)) {
                liveHashes.add(s.stateHash);
            }
        }
        final List<Snapshot> replayed = new ArrayList<>();

        // a build that reads the ETH close (input 6, seq 6) at 2991 where the live one read 2990
        final ReplayResult result = replay(symbols -> {
            final List<RingEvent> script = new ArrayList<>(ScriptedCodec.session(symbols));
            script.get(6).order.averagePrice = FixedPoint.parse("2991");
            return script;
        }, replayed);

        assertFalse(result.verified());
        assertEquals(8, result.firstMismatchSeq(), "the first checkpoint after seq 6");
        assertEquals(5, result.lastMatchedSeq(), "the divergence lies after seq 5");
        assertEquals(3, result.hashesChecked());
        assertEquals(liveHashes.get(8), result.expectedHash());
        assertEquals(replayed.get(8).stateHash, result.actualHash());
    }

    @Test
    void aCheckpointThatDoesNotMatchIsReportedWithBothHashes() {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            writer.appendConfig(CONFIG.toProperties(), 0);
            final byte[] payload = ScriptedCodec.payload(4);
            writer.appendInput(Venue.BINGX.code(), Source.WS.code(), RestTopic.NONE.code(), 0,
                RejectReason.NONE.code(), 0, 1, 1_000, 0, payload, 0, payload.length);
            writer.appendHash(0, 12_345);
        }
        final List<Snapshot> replayed = new ArrayList<>();

        final ReplayResult result = replay(ScriptedCodec::session, replayed);

        assertEquals(0, result.firstMismatchSeq());
        assertEquals(-1, result.lastMatchedSeq(), "no checkpoint matched before it");
        assertEquals(12_345, result.expectedHash());
        assertEquals(1, replayed.size());
        assertEquals(new KernelStages(KernelConfig.of(CONFIG), new SymbolTable(64), SnapshotListener.NONE)
            .stateHash(), result.actualHash(), "a heartbeat changes nothing: the replayed hash is a fresh kernel's");
    }

    @ParameterizedTest(name = "{0} code {1}")
    @CsvSource({"source, 99", "topic, 77", "venue, 200", "reject, 4000"})
    void anInputWithACodeThisBuildDoesNotKnowIsRefusedByName(final String field, final int code) {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            writer.appendConfig(CONFIG.toProperties(), 0);
            writer.appendInput(field.equals("venue") ? code : Venue.BINGX.code(),
                field.equals("source") ? code : Source.WS.code(), field.equals("topic") ? code : RestTopic.NONE.code(),
                0, field.equals("reject") ? code : RejectReason.NONE.code(), 0, 1, 1_000, 41, NOTHING, 0, 1);
        }

        final JournalException e = assertThrows(JournalException.class, this::replay);

        assertTrue(e.getMessage().contains("has " + field + " code " + code + ", which this build does not know"),
            e.getMessage());
        assertTrue(e.getMessage().contains("(seq 41)"), e.getMessage());
    }

    @Test
    void everyUnknownCodeOfARecordIsNamed() {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            writer.appendConfig(CONFIG.toProperties(), 0);
            writer.appendInput(Venue.BINGX.code(), 99, 77, 0, RejectReason.NONE.code(), 0, 1, 1_000, 0, NOTHING, 0, 1);
        }

        final JournalException e = assertThrows(JournalException.class, this::replay);

        assertTrue(e.getMessage().contains("has source code 99, topic code 77, which"), e.getMessage());
    }

    @Test
    void inputBeforeAnySessionConfigurationIsRefused() {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            writer.appendHash(-1, 7);
            writer.appendInput(Venue.BINGX.code(), Source.WS.code(), RestTopic.NONE.code(), 0,
                RejectReason.NONE.code(), 0, 1, 1_000, 0, NOTHING, 0, 1);
        }

        final JournalException e = assertThrows(JournalException.class, this::replay);

        assertTrue(e.getMessage().contains("input records before any session configuration record"),
            e.getMessage());
    }

    @Test
    void aCheckpointBeforeAnySessionIsNotCounted() {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            writer.appendHash(-1, 7);
            writeSession(writer, 1_000);
        }

        final ReplayResult result = replay();

        assertTrue(result.verified(), result.toString());
        assertEquals(3, result.hashesChecked());
    }
}
