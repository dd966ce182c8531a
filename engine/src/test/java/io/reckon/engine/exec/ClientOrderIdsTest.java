package io.reckon.engine.exec;

import io.reckon.engine.router.PlanAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientOrderIdsTest {

    /** The venue's rules (see {@link ClientOrderIds}): 1 to 40 of a-z, 0-9, '-' and '_', not all letters. */
    private static boolean obeysTheVenueRules(final CharSequence id) {
        if (id == null || id.length() < 1 || id.length() > ClientOrderIds.MAX_LENGTH) {
            return false;
        }
        boolean nonLetter = false;
        for (int i = 0; i < id.length(); i++) {
            final char c = id.charAt(i);
            final boolean letter = c >= 'a' && c <= 'z';
            if (!letter && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                return false;
            }
            nonLetter |= !letter;
        }
        return nonLetter;
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource({
        "rklq3k9x2a7f-e12, true",
        "p-e-1q3k7m-ab4c, true",
        "a1, true",
        "_, true",
        "1234567890123456789012345678901234567890, true",
        "12345678901234567890123456789012345678901, false",
        "abcdef, false",
        "rkABC-e1, false",
        "rk lq-e1, false",
        "rk.lq-e1, false",
        "'', false"})
    void theRuleCheckOfTheseTestsFollowsTheVenueRules(final String id, final boolean valid) {
        assertEquals(valid, obeysTheVenueRules(id));
    }

    @ParameterizedTest(name = "run {0} command {2}")
    @CsvSource({
        "lq3k9x2a7f, ENTER, 1, rklq3k9x2a7f-e1",
        "lq3k9x2a7f, EXIT, 12, rklq3k9x2a7f-x12",
        "zzzzzzzzzzzzzz, EXIT, 4294967295, rkzzzzzzzzzzzzzz-x4294967295",
        "abc, ENTER, 7, rkabc-e7"})
    void formatsLowerCaseIdsThatAlwaysHoldADigit(final String run, final PlanAction action, final long command,
                                                 final String expected) {
        final String id = ClientOrderIds.format(run, action, command);
        assertEquals(expected, id);
        assertTrue(obeysTheVenueRules(id), id);
        final byte[] b = id.getBytes(StandardCharsets.US_ASCII);
        assertTrue(ClientOrderIds.isOurs(b, b.length));
    }

    @Test
    void runIdsFromTheStartTimeAndARandomSuffixDifferAcrossRestarts() {
        final Set<String> runs = new HashSet<>();
        final long start = 1_795_000_000_000L;
        for (int i = 0; i < 100; i++) {
            final String run = ClientOrderIds.newRunId(start + i, i * 7919);
            assertTrue(run.length() <= ClientOrderIds.MAX_RUN_LENGTH, run);
            assertTrue(runs.add(run), "run ids repeat: " + run);
            assertTrue(obeysTheVenueRules(ClientOrderIds.format(run, PlanAction.ENTER, 1)));
        }
        assertFalse(ClientOrderIds.newRunId(start, 1).equals(ClientOrderIds.newRunId(start, 2)),
            "two processes starting in the same millisecond");
        assertEquals(ClientOrderIds.newRunId(start, 5), ClientOrderIds.newRunId(start, 5 + 1296));
    }

    @ParameterizedTest(name = "run ''{0}''")
    @CsvSource({"''", "ABC", "a-b", "abcdefghijklmno"})
    void refusesRunIdsThatWouldBreakTheFormat(final String run) {
        assertThrows(IllegalArgumentException.class, () -> ClientOrderIds.format(run, PlanAction.ENTER, 1));
    }

    @Test
    void onlyOurMarkIsOurs() {
        for (String foreign : new String[] {"", "r", "rk", "web-123", "Rk1"}) {
            final byte[] b = foreign.getBytes(StandardCharsets.US_ASCII);
            assertFalse(ClientOrderIds.isOurs(b, b.length), foreign);
        }
    }
}
