package io.reckon.engine.ring;

import io.reckon.config.Venue;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The numbers a journal records for venue, source, topic and reject reason, and those its state-hash checkpoints
 * fold in. They are the format: change one and
 * every journal already written means something else. A new constant takes a new number; none is ever reused.
 */
class JournaledCodesTest {

    private static <E extends Enum<E>> Map<String, Integer> codes(final E[] values, final ToIntFunction<E> code) {
        final Map<String, Integer> m = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> m.put(v.name(), code.applyAsInt(v)));
        return m;
    }

    private static Map<String, Integer> numbered(final String... names) {
        final Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i);
        }
        return m;
    }

    @Test
    void venueCodesArePinned() {
        assertEquals(numbered("BINGX", "BINANCE"), codes(Venue.values(), Venue::code));
        assertNull(Venue.of(2));
    }

    @Test
    void sourceCodesArePinned() {
        assertEquals(numbered("WS", "POLL", "INTENT", "ACK", "CONTROL"), codes(Source.values(), Source::code));
        assertNull(Source.of(5));
        assertNull(Source.of(-1));
    }

    @Test
    void topicCodesArePinned() {
        assertEquals(numbered("NONE", "BALANCE", "POSITIONS", "OPEN_ORDERS", "ALL_ORDERS", "INCOME", "ORDER_PLACED",
            "ORDER_CANCELED", "LEVERAGE"), codes(RestTopic.values(), RestTopic::code));
        assertNull(RestTopic.of(9));
    }

    @Test
    void codesTheJournaledStateHashFoldsInArePinned() {
        assertEquals(numbered("NONE", "ORDER", "FUNDING_FEE", "DEPOSIT", "WITHDRAW", "ASSET_TRANSFER",
            "OTHER_TRANSFER"), codes(BalanceReason.values(), BalanceReason::code));
        assertEquals(numbered("NONE", "LONG", "SHORT", "BOTH"), codes(PositionSide.values(), PositionSide::code));
    }

    @Test
    void rejectCodesArePinned() {
        assertEquals(numbered("NONE", "GZIP_CORRUPT", "FRAME_TOO_LARGE", "MALFORMED_JSON", "NOT_AN_OBJECT",
            "MISSING_EVENT_TYPE", "MISSING_FIELD", "NUMBER_EMPTY", "NUMBER_NOT_DECIMAL", "NUMBER_EXPONENT",
            "NUMBER_OVERFLOW", "ORDER_ID_INVALID", "ORDER_ID_OVERFLOW", "TOO_MANY_ENTRIES", "ENUM_UNKNOWN",
            "REST_ERROR", "TEXT_UNKNOWN", "FOLD_OVERFLOW", "WRONG_TYPE", "STRING_TOO_LONG", "DECODER_FAULT",
            "JOURNAL_FAILED", "VALUE_OUT_OF_RANGE"), codes(RejectReason.values(), RejectReason::code));
        assertNull(RejectReason.of(23));
    }
}
