package io.reckon.adapters.bingx.codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helper: BingX frames built from a realistic order update with fields replaced or removed. */
final class Frames {
    private Frames() {
    }

    /** The ORDER_TRADE_UPDATE {@code o} fields of a 2024 capture, values as raw JSON. */
    static Map<String, String> orderFields() {
        final Map<String, String> o = new LinkedHashMap<>();
        o.put("s", "\"BCH-USDT\"");
        o.put("c", "\"r-e-lq3k7m-0001\"");
        o.put("i", "\"1767767539205742592\"");
        o.put("S", "\"SELL\"");
        o.put("o", "\"MARKET\"");
        o.put("q", "\"0.02000000\"");
        o.put("p", "\"437.12006772\"");
        o.put("sp", "\"0.00000000\"");
        o.put("ap", "\"437.10000000\"");
        o.put("x", "\"TRADE\"");
        o.put("X", "\"FILLED\"");
        o.put("N", "\"USDT\"");
        o.put("n", "\"-0.00437100\"");
        o.put("T", "0");
        o.put("wt", "\"MARK_PRICE\"");
        o.put("ps", "\"BOTH\"");
        o.put("rp", "\"-0.00100000\"");
        o.put("z", "\"0.02000000\"");
        return o;
    }

    static String order(final Map<String, String> o) {
        return "{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":1710303599597,\"o\":" + object(o) + "}";
    }

    /** The order update with one field set to a raw JSON value, or removed when {@code raw} is null. */
    static String orderWith(final String key, final String raw) {
        final Map<String, String> o = orderFields();
        if (raw == null) {
            o.remove(key);
        } else {
            o.put(key, raw);
        }
        return order(o);
    }

    static String object(final Map<String, String> fields) {
        return fields.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
            .collect(Collectors.joining(",", "{", "}"));
    }

    /** An ACCOUNT_UPDATE with the given raw {@code a} object. */
    static String account(final String a) {
        return "{\"e\":\"ACCOUNT_UPDATE\",\"E\":1676603102163,\"T\":1676603102163,\"a\":" + a + "}";
    }

    static String usdtRow(final String wb) {
        return "{\"a\":\"USDT\",\"wb\":" + wb + ",\"cw\":\"5233.21709203\",\"bc\":\"0\"}";
    }

    static String position(final String symbol, final String pa, final String ps) {
        return "{\"s\":\"" + symbol + "\",\"pa\":\"" + pa + "\",\"ep\":\"7.25620000\",\"up\":\"1.42220000\","
            + "\"mt\":\"isolated\",\"iw\":\"23.19081642\",\"ps\":\"" + ps + "\",\"cr\":\"-0.5\"}";
    }
}
