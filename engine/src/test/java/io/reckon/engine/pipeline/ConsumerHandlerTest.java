package io.reckon.engine.pipeline;

import io.reckon.config.ReconcileBounds;
import io.reckon.config.RollCycleKind;
import io.reckon.config.WaitStrategyKind;
import io.reckon.engine.feesign.FeeConvention;
import io.reckon.engine.kernel.KernelConfig;
import io.reckon.engine.kernel.KernelStages;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.symbol.SymbolTable;
import io.reckon.engine.testing.ScriptedCodec;
import io.reckon.engine.testing.TestEvents;
import io.reckon.journal.JournalReader;
import io.reckon.journal.JournalRecord;
import io.reckon.journal.JournalWriter;
import io.reckon.journal.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ConsumerHandler} with real {@link KernelStages} behind it and the engine's scripted stand-in for a venue
 * codec in front: the order of its work, what becomes of an event that cannot be journaled or decoded, the
 * listen-key signal, the state-hash checkpoints it journals, and its shutdown on a real ring.
 */
class ConsumerHandlerTest {
    @TempDir
    Path dir;

    private final SymbolTable symbols = new SymbolTable(64);
    private final ScriptedCodec codec = new ScriptedCodec(ScriptedCodec.session(symbols));
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final RingEvent slot = new RingEvent(256);
    private long nextSequence;

    private KernelStages stages(final int hashInterval) {
        final KernelConfig config = new KernelConfig(TestEvents.fp("1000"), 10, ReconcileBounds.defaults(),
            FeeConvention.NEGATIVE_IS_COST, hashInterval, "USDT", 16, 16, 16, 16, 1_000, 64);
        return new KernelStages(config, symbols, s -> {
            final Snapshot copy = new Snapshot();
            copy.copyFrom(s);
            snapshots.add(copy);
        });
    }

    /** Fills the slot as a producer would, with the payload that decodes as script event {@code index}. */
    private RingEvent feed(final ConsumerHandler handler, final int index, final long connectionId) {
        return feed(handler, ScriptedCodec.payload(index), codec.event(index).recvTimeNanos, connectionId);
    }

    private RingEvent feed(final ConsumerHandler handler, final byte[] payload, final long recvTimeNanos,
                           final long connectionId) {
        slot.reset();
        slot.sequence = nextSequence++;
        slot.connectionId = connectionId;
        slot.recvTimeNanos = recvTimeNanos;
        slot.setPayload(payload, 0, payload.length);
        handler.process(slot);
        return slot;
    }

    @Test
    void eachEventIsDecodedThenJournaledThenFoldedThenTapped() {
        final List<String> seen = new ArrayList<>();
        final JournalSink journal = new JournalSink() {
            @Override
            public boolean append(final RingEvent e) {
                seen.add("journal seq " + e.sequence + " " + e.decoded + " " + e.kind);
                return true;
            }

            @Override
            public void appendHash(final long sequence, final long hash) {
                seen.add("hash seq " + sequence);
            }
        };
        final KernelStages stages = stages(2);
        final ConsumerHandler handler = new ConsumerHandler(codec, journal, stages, id -> { },
            e -> seen.add("tap seq " + e.sequence + " " + e.kind + " snapshot " + stages.current().sequence));

        feed(handler, 0, 1);
        feed(handler, 1, 1);

        assertEquals(List.of(
            "journal seq 0 ORDER_UPDATE NONE", "tap seq 0 PARTIAL_FILL snapshot 0",
            "journal seq 1 ACCOUNT_UPDATE NONE", "hash seq 1", "tap seq 1 ACCOUNT_UPDATE snapshot 1"), seen);
    }

    @Test
    void anEventTheJournalRefusesIsRejectedAndNotFolded() {
        final List<Long> journaled = new ArrayList<>();
        final JournalSink full = new JournalSink() {
            @Override
            public boolean append(final RingEvent e) {
                return journaled.add(e.sequence) && e.sequence != 1;
            }

            @Override
            public void appendHash(final long sequence, final long hash) {
            }
        };
        final KernelStages stages = stages(0);
        final ConsumerHandler handler = new ConsumerHandler(codec, full, stages);
        feed(handler, 0, 1);
        final long before = stages.stateHash();

        final RingEvent e = feed(handler, 2, 1);

        assertEquals(DecodedKind.REJECTED, e.decoded);
        assertEquals(RejectReason.JOURNAL_FAILED, e.reject);
        assertEquals(EventKind.REJECTED, e.kind);
        assertEquals(before, stages.stateHash(), "the ledger never holds what the journal does not");
        assertEquals(1, stages.current().count(RejectReason.JOURNAL_FAILED));
        assertEquals(List.of(0L, 1L), journaled);
    }

    @Test
    void aDecoderThatThrowsRejectsTheEventWhichIsStillJournaled() {
        final List<RejectReason> journaled = new ArrayList<>();
        final JournalSink journal = new JournalSink() {
            @Override
            public boolean append(final RingEvent e) {
                return journaled.add(e.reject);
            }

            @Override
            public void appendHash(final long sequence, final long hash) {
            }
        };
        final KernelStages stages = stages(0);
        final ConsumerHandler handler = new ConsumerHandler(codec, journal, stages);
        final long before = stages.stateHash();

        final RingEvent e = feed(handler, ScriptedCodec.THROW.getBytes(StandardCharsets.US_ASCII), 1_000, 1);

        assertEquals(RejectReason.DECODER_FAULT, e.reject);
        assertEquals(EventKind.REJECTED, e.kind);
        assertEquals(List.of(RejectReason.DECODER_FAULT), journaled, "journaled with its reason, for replay");
        assertEquals(before, stages.stateHash());

        feed(handler, 0, 1);
        assertEquals(EventKind.PARTIAL_FILL, slot.kind, "the next event folds as usual");
    }

    @Test
    void aListenKeyExpirySignalsItsConnectionAndNothingElseDoes() {
        final List<Long> expired = new ArrayList<>();
        final ConsumerHandler handler = new ConsumerHandler(codec, JournalSink.NONE, stages(0), expired::add);

        for (int i = 0; i < codec.size(); i++) {
            feed(handler, i, 10 + i);
        }

        final int expiry = codec.size() - 1;
        assertEquals(DecodedKind.LISTEN_KEY_EXPIRED, codec.event(expiry).decoded);
        assertEquals(List.of(10L + expiry), expired);
    }

    @Test
    void theJournaledCheckpointsAreTheSnapshotsHashesFromOneCountdown() {
        final int interval = 4;
        final KernelStages stages = stages(interval);
        final int events = codec.size();
        assertTrue(events > 2 * interval && events % interval != 0, "two checkpoints, then a few more events");
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            final ConsumerHandler handler = new ConsumerHandler(codec, new ChronicleJournalSink(writer), stages);
            for (int i = 0; i < events; i++) {
                feed(handler, i, 1);
            }
            handler.onShutdown();
        }
        final Map<Long, Long> journaled = hashes(dir);

        // the snapshot of every fourth event carries a fresh hash, and exactly those hashes are journaled after it
        final Map<Long, Long> checkpoints = new HashMap<>();
        for (final Snapshot s : snapshots) {
            if (s.version % interval == 0) {
                assertEquals(s.version, s.stateHashVersion, "snapshot " + s.version + " took the checkpoint");
                checkpoints.put(s.sequence, s.stateHash);
            } else {
                assertEquals(s.version / interval * interval, s.stateHashVersion,
                    "snapshot " + s.version + " keeps the last one");
            }
        }
        assertEquals(Map.of(3L, checkpoints.get(3L), 7L, checkpoints.get(7L)), checkpoints);
        assertNotEquals(checkpoints.get(3L), checkpoints.get(7L));
        final Map<Long, Long> expected = new HashMap<>(checkpoints);
        expected.put((long) events - 1, stages.stateHash());
        assertEquals(expected, journaled, "every checkpoint, then the final hash at shutdown");
    }

    @Test
    void aShutdownRightAfterACheckpointAddsNone() {
        final KernelStages stages = stages(3);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            final ConsumerHandler handler = new ConsumerHandler(codec, new ChronicleJournalSink(writer), stages);
            for (int i = 0; i < 6; i++) {
                feed(handler, i, 1);
            }
            handler.onShutdown();
        }

        assertEquals(Map.of(2L, snapshots.get(2).stateHash, 5L, stages.stateHash()), hashes(dir));
    }

    @Test
    void stagesThatNeverCheckpointStillLeaveTheFinalHash() {
        final KernelStages stages = stages(0);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            final ConsumerHandler handler = new ConsumerHandler(codec, new ChronicleJournalSink(writer), stages);
            for (int i = 0; i < 4; i++) {
                feed(handler, i, 1);
            }
            handler.onShutdown();
            handler.onShutdown();
        }

        assertEquals(Map.of(3L, stages.stateHash()), hashes(dir));
        assertEquals(0, stages.current().stateHashVersion);
    }

    @Test
    void onTheRingClosingThePipelineDrainsItAndJournalsTheFinalHashOnTheConsumerThread() {
        final KernelStages stages = stages(4);
        final List<String> threads = new ArrayList<>();
        final int events = codec.size();
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            final ConsumerHandler handler = new ConsumerHandler(codec, new ChronicleJournalSink(writer), stages,
                id -> { }, e -> threads.add(Thread.currentThread().getName()));
            final AtomicLong clock = new AtomicLong(TestEvents.START_MS * 1_000_000L);
            final Pipeline pipeline = new Pipeline(8, 256, WaitStrategyKind.BLOCKING, handler,
                () -> clock.addAndGet(1_000_000L), 0).start();
            try {
                final RingIngress ingress = pipeline.newIngress(codec::newWireReader);
                for (int i = 0; i < events; i++) {
                    ingress.wire(1, ByteBuffer.wrap(ScriptedCodec.payload(i)), false);
                }
            } finally {
                pipeline.close();
            }
        }

        assertEquals(events, snapshots.size(), "every event folded before close returned");
        assertEquals(List.of("reckon-consumer"), threads.stream().distinct().toList());
        assertEquals(Map.of(3L, snapshots.get(3).stateHash, 7L, snapshots.get(7).stateHash, 8L, stages.stateHash()),
            hashes(dir));
    }

    private static Map<Long, Long> hashes(final Path dir) {
        final Map<Long, Long> hashes = new HashMap<>();
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalRecord r = new JournalRecord();
            while (reader.next(r)) {
                if (r.type() == RecordType.STATE_HASH) {
                    assertEquals(null, hashes.put(r.sequence(), r.hash()), "one checkpoint per sequence");
                }
            }
        }
        return hashes;
    }
}
