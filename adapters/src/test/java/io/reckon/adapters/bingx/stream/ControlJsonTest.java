package io.reckon.adapters.bingx.stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ControlJsonTest {
    @Test
    void writesOneFlatObjectWithTheEventFirst() {
        assertEquals("{\"event\":\"disconnected\",\"code\":1006,\"remote\":true,\"why\":\"lost\"}",
            ControlJson.event("disconnected").put("code", 1006).put("remote", true).put("why", "lost").toString());
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("{\"event\":\"x\",\"detail\":\"a\\\"b\\\\c\\u000ad\"}",
            ControlJson.event("x").put("detail", "a\"b\\c\nd").toString());
    }
}
