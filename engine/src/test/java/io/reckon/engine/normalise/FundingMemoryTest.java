package io.reckon.engine.normalise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FundingMemoryTest {
    private static final int BTC = 1;
    private static final int ETH = 2;

    private final FundingMemory memory = new FundingMemory(8, 1_000, 4);

    @Test
    void incomeRowClaimsTheStreamFrameClosestInTime() {
        assertTrue(memory.stream(0, 25));
        assertTrue(memory.stream(900, 25));

        assertFalse(memory.income(BTC, 950, 25, 1, true), "the frame at 900, 50 ms away");
        assertTrue(memory.income(ETH, 1_500, 25, 2, true), "the frame at 0 is 1 500 ms away: another funding");
    }

    @Test
    void incomeRowFetchedAgainIsRecognisedByItsIdentityOnly() {
        assertTrue(memory.income(BTC, 100, 25, 7, true));

        assertFalse(memory.income(BTC, 100, 25, 7, true));
        assertTrue(memory.income(BTC, 100, 25, 8, true), "another transaction of the same amount");
        assertTrue(memory.income(ETH, 100, 25, 7, false), "no key and another symbol: another row");
    }

    @Test
    void streamFrameClaimsAnIncomeRowOnceOnly() {
        assertTrue(memory.income(BTC, 100, 25, 7, true));

        assertFalse(memory.stream(300, 25));
        assertTrue(memory.stream(300, 25), "a second frame of that amount is a second funding");
    }

    @Test
    void rollbackRestoresTheMemoryAsOfTheLastCommit() {
        memory.stream(0, 25);
        memory.commit();
        final long hash = memory.contentHash();

        memory.income(BTC, 10, 25, 1, true);
        memory.income(ETH, 10, 30, 2, true);
        memory.rollback();

        assertEquals(hash, memory.contentHash());
        assertEquals(1, memory.size());
        assertFalse(memory.income(BTC, 10, 25, 1, true), "the frame is unclaimed again");
    }

    @Test
    void oldestIsForgottenWhenFullAndTheHashDependsOnlyOnWhatIsRemembered() {
        final FundingMemory small = new FundingMemory(2, 1_000, 4);
        small.income(BTC, 1, 10, 1, true);
        small.income(BTC, 2, 20, 2, true);
        small.income(BTC, 3, 30, 3, true);
        small.commit();
        final FundingMemory fresh = new FundingMemory(2, 1_000, 4);
        fresh.income(BTC, 2, 20, 2, true);
        fresh.income(BTC, 3, 30, 3, true);

        assertEquals(2, small.size());
        assertEquals(fresh.contentHash(), small.contentHash());
    }

    @Test
    void eventBeyondItsChangeBudgetIsABug() {
        for (int i = 0; i < 4; i++) {
            memory.income(BTC, i, 10 + i, i, true);
        }
        assertThrows(IllegalStateException.class, () -> memory.income(BTC, 9, 99, 9, true));
    }
}
