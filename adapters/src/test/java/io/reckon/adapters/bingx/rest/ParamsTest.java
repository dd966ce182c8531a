package io.reckon.adapters.bingx.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParamsTest {
    @Test
    void keepsTheOrderParametersWereAddedIn() {
        final Params p = Params.none().add("symbol", "BTC-USDT").add("timestamp", 1667872120843L).add("side", "LONG");
        assertEquals("symbol=BTC-USDT&timestamp=1667872120843&side=LONG", p.signingString());
        assertEquals(p.signingString(), p.queryString());
    }

    @Test
    void encodesValuesOnlyWhenTheSigningStringHoldsABracketOrBrace() {
        final Params p = Params.none().add("symbol", "BTC-USDT")
            .add("stopLoss", "{\"type\":\"STOP_MARKET\",\"stopPrice\":\"58000\"}");
        assertEquals("symbol=BTC-USDT&stopLoss={\"type\":\"STOP_MARKET\",\"stopPrice\":\"58000\"}", p.signingString());
        assertEquals("symbol=BTC-USDT&stopLoss=%7B%22type%22%3A%22STOP_MARKET%22%2C%22stopPrice%22%3A%2258000%22%7D",
            p.queryString());
    }

    @Test
    void refusesAParameterNameThatWouldBreakTheQuery() {
        assertThrows(IllegalArgumentException.class, () -> Params.none().add("a=b", "1"));
        assertThrows(IllegalArgumentException.class, () -> Params.none().add("", "1"));
    }

    @Test
    void copiesAreIndependent() {
        final Params p = Params.none().add("a", "1");
        final Params c = p.copy().add("b", "2");
        assertEquals("a=1", p.signingString());
        assertEquals("a=1&b=2", c.signingString());
        assertEquals("2", c.valueOf("b"));
    }
}
