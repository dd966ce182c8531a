package io.reckon.engine.kernel;

import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.symbol.SymbolTable;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.RandomSession;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties over reproducible random sessions (fixed seeds, no wall clock). */
class RandomSessionPropertyTest {
    private static final int ROUND_TRIPS = 150;

    /** What one run of a session through a fresh kernel produced. */
    private record Run(long stateHash, Snapshot last, long feeCostOfFills, long fills) {
    }

    /** Feeds copies of the events through one reused slot, as the ring would, and sums fee costs of fills. */
    private static Run run(final SymbolTable symbols, final List<RingEvent> events) {
        final long[] sums = new long[2];
        final KernelStages kernel = new KernelStages(KernelFixture.bingx("1000", 10), symbols, s -> {
            if (s.kind.isFill()) {
                sums[0] += s.feeCost;
                sums[1]++;
            }
        });
        final RingEvent slot = new RingEvent(64);
        for (RingEvent e : events) {
            TestEvents.copy(e, slot);
            kernel.onEvent(slot);
        }
        final Snapshot last = new Snapshot();
        last.copyFrom(kernel.current());
        return new Run(kernel.stateHash(), last, sums[0], sums[1]);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 20_260_608})
    void feeCostOfFillsIsMinusTheVenueCommissionAndKMatchesTheWallet(final long seed) {
        final SymbolTable symbols = new SymbolTable(64);
        final RandomSession session = new RandomSession(seed, new TestEvents(symbols), "1000");
        final List<RingEvent> events = session.generate(ROUND_TRIPS);

        final Run run = run(symbols, events);

        assertEquals(session.fills(), run.fills());
        assertEquals(session.expectedFeeCost(), run.feeCostOfFills(), "Σ feeCost == Σ −n over fills");
        assertEquals(session.expectedFeeCost(), run.last().fees);
        assertEquals(session.expectedWallet(), run.last().capital, "K folds to the venue's wallet exactly");
        assertEquals(session.expectedWallet(), run.last().wallet);
        assertEquals(0, run.last().openPositions);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 20_260_608})
    void duplicateFramesShuffledIntoTheStreamChangeNothing(final long seed) {
        final SymbolTable symbols = new SymbolTable(64);
        final RandomSession session = new RandomSession(seed, new TestEvents(symbols), "1000");
        final List<RingEvent> events = session.generate(ROUND_TRIPS);
        final List<RingEvent> withDuplicates = session.withDuplicates(events, 400);
        assertTrue(withDuplicates.size() > events.size() + 100, "the duplicates are there");

        final Run clean = run(symbols, events);
        final Run duplicated = run(symbols, withDuplicates);

        assertEquals(clean.stateHash(), duplicated.stateHash());
        assertEquals(clean.last().capital, duplicated.last().capital);
        assertEquals(clean.feeCostOfFills(), duplicated.feeCostOfFills());
        assertEquals(clean.fills(), duplicated.fills());
        final long extra = withDuplicates.size() - events.size();
        assertEquals(extra,
            duplicated.last().count(EventKind.DUPLICATE) + duplicated.last().count(EventKind.ORDER_NO_CHANGE)
                - clean.last().count(EventKind.DUPLICATE) - clean.last().count(EventKind.ORDER_NO_CHANGE),
            "every second delivery is a duplicate or an order update that changes nothing");
    }
}
