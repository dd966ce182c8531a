package io.reckon.adapters.bingx.rest;

import com.dslplatform.json.DslJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class EnvelopeTest {
    private final DslJson<Object> json = new DslJson<>();

    public static byte[] fixture(final String name) throws IOException {
        try (InputStream in = EnvelopeTest.class.getResourceAsStream("/bingx/rest/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    private Envelope parse(final String body) {
        final byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return Envelope.parse(json, b, b.length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "balance_v3.json, 0, 2",
        "positions_v2.json, 0, 2",
        "open_orders_v2.json, 0, 2",
        "error_rate_limit.json, 109429, -1"
    })
    void readsCodeAndRowCountOfTheCanonicalBodies(final String file, final long code, final int rows)
        throws IOException {
        final byte[] body = fixture(file);
        final Envelope env = Envelope.parse(json, body, body.length);
        assertTrue(env.readable);
        assertEquals(code, env.code);
        assertEquals(rows, env.dataCount);
    }

    @Test
    void readsTheRateLimitMessage() throws IOException {
        final byte[] body = fixture("error_rate_limit.json");
        assertEquals("APIRateLimit: too many requests", Envelope.parse(json, body, body.length).msg);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"listenKey\":\"k-1\"}",
        "{\"code\":0,\"msg\":\"\",\"data\":{\"listenKey\":\"k-1\"}}",
        "{\"code\":0,\"data\":{\"other\":[1,{\"a\":[]}],\"listenKey\":\"k-1\",\"n\":null}}"
    })
    void findsTheListenKeyInBothResponseShapes(final String body) {
        assertEquals("k-1", parse(body).listenKey);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"code\":\"80014\",\"msg\":\"invalid params\"}|80014",
        "{\"msg\":7,\"code\":100410,\"data\":null}|100410",
        "{\"code\":0,\"msg\":\"\",\"data\":{\"serverTime\":1710303599000}}|0",
        "{\"code\":0,\"data\":[],\"extra\":{\"deep\":[[1],[2,{\"x\":true}]]}}|0"
    })
    void readsCodesGivenAsNumberOrString(final String body, final long code) {
        final Envelope env = parse(body);
        assertTrue(env.readable);
        assertEquals(code, env.code);
    }

    @Test
    void countsEmptyAndNestedArrays() {
        assertEquals(0, parse("{\"code\":0,\"data\":[]}").dataCount);
        assertEquals(3, parse("{\"code\":0,\"data\":[[1,2],{\"a\":[3]},\"s\"]}").dataCount);
        assertEquals(1, parse("{\"code\":0,\"data\":{\"orders\":[{\"orderId\":1}]}}").dataCount);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<html>502 Bad Gateway</html>", "[1,2]", "{\"code\":0,\"data\":[1,2", "{\"code\":1.5}",
        "{\"code\":\"abc\"}", "{\"code\":0,,}", "null"
    })
    void marksBodiesThatAreNotAnEnvelopeUnreadable(final String body) {
        assertFalse(parse(body).readable);
    }

    @Test
    void treatsAnEmptyBodyAsReadableWithoutCode() {
        final Envelope env = Envelope.parse(json, new byte[0], 0);
        assertTrue(env.readable);
        assertFalse(env.hasCode());
        assertNull(env.listenKey);
    }
}
