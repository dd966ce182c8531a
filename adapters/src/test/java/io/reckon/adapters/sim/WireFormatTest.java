package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireFormatTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0.00000000", "-0.003218, -0.00321800", "64.3601, 64.36010000", "1.123456785, 1.12345679",
        "-1.123456785, -1.12345679", "60000, 60000.00000000"})
    void framesCarryEightDecimalsRoundedHalfUp(final String in, final String out) {
        assertEquals(out, Decimals.wire8(new BigDecimal(in)));
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({"0.01, 4, 0.0100", "60000, 1, 60000.0", "60000.05, 1, 60000.05", "1.666666666, 2, 1.66666667",
        "-0.0472, 6, -0.047200", "0, 0, 0"})
    void restKeepsTheContractPrecisionAndNeverDropsExactDigits(final String in, final int scale, final String out) {
        assertEquals(out, Decimals.atLeast(new BigDecimal(in), scale));
    }

    @Test
    void jsonOutKeepsKeyOrderAndEscapes() {
        final String json = new JsonOut().beginObject().field("b", "q\"\\\n\u0001").field("a", 1)
                .name("l").beginArray().beginObject().field("x", true).endObject().num(2).endArray()
                .endObject().toString();
        assertEquals("{\"b\":\"q\\\"\\\\\\n\\u0001\",\"a\":1,\"l\":[{\"x\":true},2]}", json);
        assertEquals("q\"\\\n\u0001", TestJson.object(json).get("b"));
    }
}
