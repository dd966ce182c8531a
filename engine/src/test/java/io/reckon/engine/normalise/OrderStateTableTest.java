package io.reckon.engine.normalise;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static io.reckon.engine.normalise.OrderStateTable.FLAG_ACKED;
import static io.reckon.engine.normalise.OrderStateTable.FLAG_TERMINAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link OrderStateTable}: rows by order id, a bounded memory of ended orders, and an order-independent hash. */
class OrderStateTableTest {
    private static final int WORKING = FLAG_ACKED;
    private static final int ENDED = FLAG_ACKED | FLAG_TERMINAL;

    private static void put(final OrderStateTable t, final long id, final int flags) {
        t.put(id, 10 * id, 100 * id, flags, -id, 2 * id);
    }

    @Test
    void putThenFindReturnsWhatWasBookedAndAnUnknownOrderHasNoRow() {
        final OrderStateTable t = new OrderStateTable(4, 4);
        assertEquals(-1, t.find(42));

        t.put(42, 1_000, 6_000_000, FLAG_ACKED, -30, 5);
        final int row = t.find(42);

        assertTrue(row >= 0);
        assertEquals(1_000, t.cumulativeQty(row));
        assertEquals(6_000_000, t.averagePrice(row));
        assertEquals(-30, t.fee(row));
        assertEquals(5, t.realizedPnl(row));
        assertEquals(FLAG_ACKED, t.flags(row));
        assertFalse(t.terminal(row));
        assertEquals(-1, t.find(43));
    }

    @Test
    void aSecondPutUpdatesTheSameRow() {
        final OrderStateTable t = new OrderStateTable(4, 4);
        t.put(7, 1_000, 6_000_000, FLAG_ACKED, -30, 0);
        final int row = t.find(7);

        t.put(7, 2_500, 6_010_000, ENDED, -75, 12);

        assertEquals(row, t.find(7));
        assertEquals(2_500, t.cumulativeQty(row));
        assertEquals(6_010_000, t.averagePrice(row));
        assertEquals(-75, t.fee(row));
        assertEquals(12, t.realizedPnl(row));
        assertTrue(t.terminal(row));
        assertEquals(1, t.size());
    }

    @Test
    void capacityIsWorkingPlusEndedRowsAndWorkingOrdersAreNeverEvicted() {
        final OrderStateTable t = new OrderStateTable(2, 3);
        assertEquals(5, t.trackable());

        for (long id = 1; id <= 5; id++) {
            assertTrue(t.canTrack(), "row for order " + id);
            put(t, id, WORKING);
        }

        assertFalse(t.canTrack(), "five working orders fill every row and none of them may be dropped");
        assertEquals(0, t.trackable());
        for (long id = 1; id <= 5; id++) {
            assertTrue(t.find(id) >= 0, "working order " + id + " kept");
        }

        put(t, 3, ENDED);

        assertTrue(t.canTrack(), "an ended order's row can be recycled");
        assertEquals(1, t.trackable());
    }

    @Test
    void anEndedOrderIsForgottenOnlyWhenTerminalMemoryNewerOrdersHaveEnded() {
        final OrderStateTable t = new OrderStateTable(8, 3);
        for (long id = 1; id <= 3; id++) {
            put(t, id, ENDED);
        }
        for (long id = 1; id <= 3; id++) {
            assertTrue(t.find(id) >= 0, "order " + id + " remembered");
        }

        put(t, 4, ENDED);

        assertEquals(-1, t.find(1), "the oldest ended order makes room");
        for (long id = 2; id <= 4; id++) {
            assertTrue(t.find(id) >= 0, "order " + id + " remembered");
        }
        assertEquals(3, t.size());
        assertEquals(11, t.trackable(), "eight free rows, plus the three ended ones that can be recycled");
    }

    @Test
    void anOrderEndsOnceHoweverOftenItsEndIsRedelivered() {
        final OrderStateTable t = new OrderStateTable(8, 3);
        put(t, 1, ENDED);
        put(t, 1, ENDED);
        put(t, 1, ENDED);
        put(t, 2, ENDED);
        put(t, 3, ENDED);

        assertTrue(t.find(1) >= 0, "order 1 took one place in the memory, not three");

        put(t, 4, ENDED);

        assertEquals(-1, t.find(1));
    }

    @Test
    void withNoFreeRowTheOldestEndedOrderIsRecycledEarly() {
        final OrderStateTable t = new OrderStateTable(2, 3);
        put(t, 1, ENDED);
        put(t, 2, ENDED);
        put(t, 3, WORKING);
        put(t, 4, WORKING);
        put(t, 5, WORKING);
        assertEquals(2, t.trackable(), "no free row, two ended ones to recycle");

        put(t, 6, WORKING);

        assertEquals(-1, t.find(1), "recycled before three newer orders ended");
        assertTrue(t.find(2) >= 0);
        assertTrue(t.find(6) >= 0);

        put(t, 7, WORKING);

        assertEquals(-1, t.find(2));
        assertFalse(t.canTrack());
        for (long id = 3; id <= 7; id++) {
            assertTrue(t.find(id) >= 0, "working order " + id + " kept");
        }
    }

    @Test
    void aForgottenOrderThatComesBackStartsAFreshRow() {
        final OrderStateTable t = new OrderStateTable(4, 1);
        put(t, 1, ENDED);
        put(t, 2, ENDED);
        assertEquals(-1, t.find(1));

        t.put(1, 0, 0, FLAG_ACKED, 0, 0);

        final int row = t.find(1);
        assertEquals(0, t.cumulativeQty(row));
        assertFalse(t.terminal(row));
    }

    @Test
    void contentHashDoesNotDependOnTheOrderRowsWereWritten() {
        final List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 200; id++) {
            ids.add(id * 7_919);
        }
        final OrderStateTable a = new OrderStateTable(256, 64);
        final OrderStateTable b = new OrderStateTable(256, 64);
        for (final long id : ids) {
            put(a, id, WORKING);
        }
        Collections.shuffle(ids, new java.util.Random(5));
        for (final long id : ids) {
            put(b, id, WORKING);
        }

        assertNotEquals(0, a.contentHash());
        assertEquals(a.contentHash(), b.contentHash());
    }

    @Test
    void contentHashFollowsUpdatesBothWays() {
        final OrderStateTable t = new OrderStateTable(8, 8);
        final long empty = t.contentHash();
        t.put(1, 1_000, 6_000_000, FLAG_ACKED, -30, 0);
        final long one = t.contentHash();
        t.put(2, 500, 3_000_000, FLAG_ACKED, -10, 0);

        t.put(2, 700, 3_000_000, FLAG_ACKED, -10, 0);
        assertNotEquals(one, t.contentHash());

        final OrderStateTable fresh = new OrderStateTable(8, 8);
        fresh.put(2, 700, 3_000_000, FLAG_ACKED, -10, 0);
        fresh.put(1, 1_000, 6_000_000, FLAG_ACKED, -30, 0);
        assertEquals(fresh.contentHash(), t.contentHash(), "an update counts as its last value only");
        assertNotEquals(empty, one);
    }

    @Test
    void contentHashSeesEveryField() {
        final long base = hashOf(1, 1_000, 6_000_000, FLAG_ACKED, -30, 5);
        assertNotEquals(base, hashOf(2, 1_000, 6_000_000, FLAG_ACKED, -30, 5), "order id");
        assertNotEquals(base, hashOf(1, 1_001, 6_000_000, FLAG_ACKED, -30, 5), "quantity");
        assertNotEquals(base, hashOf(1, 1_000, 6_000_001, FLAG_ACKED, -30, 5), "average price");
        assertNotEquals(base, hashOf(1, 1_000, 6_000_000, ENDED, -30, 5), "flags");
        assertNotEquals(base, hashOf(1, 1_000, 6_000_000, FLAG_ACKED, -31, 5), "fee");
        assertNotEquals(base, hashOf(1, 1_000, 6_000_000, FLAG_ACKED, -30, 6), "realized");
        assertEquals(base, hashOf(1, 1_000, 6_000_000, FLAG_ACKED, -30, 5));
    }

    @Test
    void aForgottenOrderLeavesNoTraceInTheHash() {
        final OrderStateTable withOne = new OrderStateTable(8, 2);
        final OrderStateTable without = new OrderStateTable(8, 2);
        put(withOne, 1, ENDED);
        for (long id = 2; id <= 3; id++) {
            put(withOne, id, ENDED);
            put(without, id, ENDED);
        }

        assertEquals(-1, withOne.find(1));
        assertEquals(without.contentHash(), withOne.contentHash());
    }

    @Test
    void randomTrafficKeepsTheIncrementalHashEqualToARebuiltOne() {
        final SplittableRandom random = new SplittableRandom(3);
        final OrderStateTable t = new OrderStateTable(16, 16);
        for (int i = 0; i < 20_000; i++) {
            final long id = random.nextLong(1, 64);
            final int row = t.find(id);
            if (row < 0 && !t.canTrack()) {
                continue;
            }
            // as the normaliser does: an order that has ended stays ended
            final int flags = (row < 0 ? 0 : t.flags(row)) | (random.nextInt(4) == 0 ? ENDED : WORKING);
            t.put(id, random.nextLong(0, 1_000), random.nextLong(0, 1_000), flags, random.nextLong(-100, 100),
                random.nextLong(-100, 100));
        }
        final OrderStateTable rebuilt = new OrderStateTable(16, 16);
        for (long id = 1; id < 64; id++) {
            final int row = t.find(id);
            if (row >= 0) {
                rebuilt.put(id, t.cumulativeQty(row), t.averagePrice(row), t.flags(row) & ~FLAG_TERMINAL,
                    t.fee(row), t.realizedPnl(row));
                rebuilt.put(id, t.cumulativeQty(row), t.averagePrice(row), t.flags(row), t.fee(row),
                    t.realizedPnl(row));
            }
        }

        assertEquals(rebuilt.contentHash(), t.contentHash());
        assertEquals(t.size(), rebuilt.size());
    }

    @Test
    void capacitiesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new OrderStateTable(0, 4));
        assertThrows(IllegalArgumentException.class, () -> new OrderStateTable(4, 0));
    }

    private static long hashOf(final long id, final long qty, final long avg, final int flags, final long fee,
                               final long realized) {
        final OrderStateTable t = new OrderStateTable(2, 2);
        t.put(id, qty, avg, flags, fee, realized);
        return t.contentHash();
    }
}
