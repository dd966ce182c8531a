package io.reckon.adapters.bingx.codec;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one-pass reads of a minified order object and position row against the general walk: each frame is decoded as sent and with a
 * space after every colon and comma (which only the general walk reads), and both must decode alike, interned ids
 * and rejects included, for every value a field can carry.
 */
class BingxCompactReadTest {
    private static final String[][] FIELDS = {
        {"s", "\"LTC-USDT\""}, {"c", "\"\""}, {"i", "\"1711312357852147712\""}, {"S", "\"BUY\""},
        {"o", "\"MARKET\""}, {"q", "\"0.10000000\""}, {"p", "\"64.35010000\""}, {"ap", "\"64.36000000\""},
        {"x", "\"TRADE\""}, {"X", "\"FILLED\""}, {"N", "\"USDT\""}, {"n", "\"-0.00321800\""}, {"T", "0"},
        {"wt", "\"MARK_PRICE\""}, {"ps", "\"LONG\""}, {"rp", "\"0.00000000\""}, {"z", "\"0.10000000\""},
        {"l", "\"0.10000000\""}, {"L", "\"64.36000000\""}, {"sp", "\"0\""}, {"ro", "false"},
    };

    /** Values tried in every field's place: plain, odd, wrong-typed and malformed. */
    private static final String[] VALUES = {
        "\"\"", "null", "true", "false", "\"true\"", "0", "17", "-1", "1.5", "1e3", "\"0.10000000\"", "\"1.5\"",
        "\"-0.00321800\"", "\"+1\"", "\"1.123456785\"", "\"1e5\"", "\"92233720368.54775808\"", "\"abc\"",
        "\"1711312357852147712\"", "\"9223372036854775808\"", "1711312357852147712", "\"BUY\"", "\"buy\"",
        "\"SELL\"", "\"LONG\"", "\"short\"", "\"BOTH\"", "\"HEDGE\"", "\"LIMIT\"", "\"NEW\"", "\"CANCELED\"",
        "\"B\\u0055Y\"", "\"a\\\"b\"", "\"USDT\"", "\"BTC-USDT\"", "{}", "{\"a\":1}", "[]", "[1,\"x\"]",
        "\"" + "x".repeat(65) + "\"", "\"" + "y".repeat(64) + "\"", "\"\u00e9\"", "tru", "\"unterminated",
    };

    private static final String[][] POSITION = {
        {"s", "\"LINK-USDT\""}, {"pa", "\"108.84300000\""}, {"ep", "\"7.25620000\""}, {"up", "\"1.42220000\""},
        {"mt", "\"isolated\""}, {"iw", "\"23.19081642\""}, {"ps", "\"SHORT\""}, {"cr", "\"-3.1\""},
    };

    private static String object(final List<String[]> fields) {
        final StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(fields.get(i)[0]).append("\":").append(fields.get(i)[1]);
        }
        return sb.append('}').toString();
    }

    private static String account(final List<String[]> row) {
        return "{\"e\":\"ACCOUNT_UPDATE\",\"E\":1,\"a\":{\"m\":\"ORDER\",\"P\":[" + object(List.of(POSITION)) + ","
            + object(row) + "," + object(List.of(POSITION)).replace("LINK", "BTC") + "]}}";
    }

    private static String frame(final List<String[]> fields) {
        final StringBuilder sb = new StringBuilder("{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":1696843635475,\"o\":{");
        for (int i = 0; i < fields.size(); i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(fields.get(i)[0]).append("\":").append(fields.get(i)[1]);
        }
        return sb.append("}}").toString();
    }

    /** A space after every colon and comma outside strings: the same JSON, off the one-pass shape. */
    private static String spaced(final String json) {
        final StringBuilder sb = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            final char c = json.charAt(i);
            sb.append(c);
            if (inString) {
                if (c == '\\' && i + 1 < json.length()) {
                    sb.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ':' || c == ',') {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String decode(final String json) {
        final CodecFixture f = new CodecFixture();
        f.ws(json);
        return f.describe() + "\nids s=" + f.event.order.symbolId + " N=" + f.event.order.feeAssetId
            + " symbols=" + f.symbols.size() + " assets=" + f.assets.size();
    }

    private static void agree(final String json) {
        assertEquals(decode(spaced(json)), decode(json), json);
    }

    @Test
    void theSampleFrameDecodesAlikeOnBothPaths() {
        final List<String[]> all = List.of(FIELDS);
        agree(frame(all));
        assertTrue(decode(frame(all)).startsWith("ORDER_UPDATE NONE"));
    }

    @Test
    void everyValueInEveryFieldDecodesAlikeOnBothPaths() {
        for (int k = 0; k < FIELDS.length; k++) {
            for (final String value : VALUES) {
                final List<String[]> fields = new ArrayList<>(List.of(FIELDS));
                fields.set(k, new String[] {FIELDS[k][0], value});
                agree(frame(fields));
            }
        }
    }

    @Test
    void everyValueInEveryPositionFieldDecodesAlikeOnBothPaths() {
        agree(account(List.of(POSITION)));
        assertTrue(decode(account(List.of(POSITION))).startsWith("ACCOUNT_UPDATE NONE"));
        for (int k = 0; k < POSITION.length; k++) {
            for (final String value : VALUES) {
                final List<String[]> fields = new ArrayList<>(List.of(POSITION));
                fields.set(k, new String[] {POSITION[k][0], value});
                agree(account(fields));
            }
            final List<String[]> without = new ArrayList<>(List.of(POSITION));
            without.remove(k);
            agree(account(without));
            final List<String[]> extra = new ArrayList<>(List.of(POSITION));
            extra.add(k, new String[] {"zz", VALUES[k]});
            agree(account(extra));
        }
        agree(account(List.of()));
    }

    @Test
    void missingDuplicatedUnknownAndReorderedKeysDecodeAlikeOnBothPaths() {
        for (int k = 0; k < FIELDS.length; k++) {
            final List<String[]> without = new ArrayList<>(List.of(FIELDS));
            without.remove(k);
            agree(frame(without));
            final List<String[]> twice = new ArrayList<>(List.of(FIELDS));
            twice.add(new String[] {FIELDS[k][0], FIELDS[(k + 3) % FIELDS.length][1]});
            agree(frame(twice));
            final List<String[]> reversed = new ArrayList<>(List.of(FIELDS));
            java.util.Collections.reverse(reversed);
            reversed.add(k, new String[] {"zz" + k, VALUES[k % VALUES.length]});
            agree(frame(reversed));
        }
        for (int k = 0; k < FIELDS.length; k++) {
            // a key BingX's order expects here, lengthened, cut or changed: read as the key it is
            final String key = FIELDS[k][0];
            for (final String name : new String[] {key + "x", key.substring(1), "\\u0073",
                key.toUpperCase(java.util.Locale.ROOT), key + " "}) {
                final List<String[]> renamed = new ArrayList<>(List.of(FIELDS));
                renamed.set(k, new String[] {name, FIELDS[k][1]});
                agree(frame(renamed));
            }
        }
        agree(frame(List.<String[]>of()));
        agree(frame(List.<String[]>of(new String[] {"abc", "1"}, FIELDS[0])));
        agree(frame(List.<String[]>of(new String[] {"\\u0073", "\"LTC-USDT\""}, FIELDS[2])));
        agree("{\"e\":\"ORDER_TRADE_UPDATE\",\"o\":{\"s\":\"LTC-USDT\",\"i\":1,\"X\":\"NEW\",\"q\":\"1\",\"z\":\"0\"");
        agree("{\"e\":\"ORDER_TRADE_UPDATE\",\"o\":{\"s\":\"LTC-USDT\",\"i\":1,\"X\":\"NEW\",\"q\":\"1\",\"z\":\"0\",}}");
        agree("{\"e\":\"ORDER_TRADE_UPDATE\",\"o\":{\"s\":\"LTC-USDT\",\"i\":1,\"X\":\"NEW\",\"q\":\"1\",\"z\":\"0\"}");
    }

    /**
     * The opening literal ({@code {"e":"ORDER_TRADE_UPDATE","E":} and the account one) against the key-by-key walk:
     * every value in the time's place, other and near-miss types, and the keys in another order or missing.
     */
    @Test
    void openingsAndEventTimesDecodeAlikeOnBothPaths() {
        final String order = object(List.of(FIELDS));
        final String account = "{\"m\":\"ORDER\",\"P\":[" + object(List.of(POSITION)) + "]}";
        final String[] types = {"\"ORDER_TRADE_UPDATE\"", "\"ACCOUNT_UPDATE\"", "\"ORDER_TRADE_UPDATEX\"",
            "\"ACCOUNT_UPDATE \"", "\"order_trade_update\"", "\"ORDER_TRADE_UPDAT\"", "null", "1",
            "\"ACCOUNT_CONFIG_UPDATE\""};
        for (final String type : types) {
            for (final String time : VALUES) {
                agree("{\"e\":" + type + ",\"E\":" + time + ",\"o\":" + order + "}");
                agree("{\"e\":" + type + ",\"E\":" + time + ",\"a\":" + account + "}");
            }
            agree("{\"e\":" + type + ",\"o\":" + order + "}");
            agree("{\"E\":1,\"e\":" + type + ",\"a\":" + account + "}");
            agree("{\"e\":" + type + ",\"E\":1,\"E\":2,\"e\":\"ACCOUNT_UPDATE\",\"a\":" + account + "}");
            agree("{\"e\":" + type + ",\"E\":1}");
            agree("{\"e\":" + type + ",\"E\":1,}");
            agree("{\"e\":" + type + ",\"E\":");
        }
        final String decoded = decode("{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":7,\"o\":" + order + "}");
        assertTrue(decoded.startsWith("ORDER_UPDATE NONE") && decoded.contains(" E=7\n"), decoded);
    }

    private static final String[][] BALANCE = {
        {"a", "\"USDT\""}, {"wb", "\"5277.59264687\""}, {"cw", "\"5233.21709203\""}, {"bc", "\"0\""},
    };

    private static String balances(final List<String[]> row, final String asset) {
        return "{\"e\":\"ACCOUNT_UPDATE\",\"E\":1,\"a\":{\"m\":\"FUNDING_FEE\",\"B\":[" + object(row) + ","
            + object(List.of(BALANCE)).replace("USDT", asset) + "]}}";
    }

    @Test
    void everyValueInEveryBalanceFieldDecodesAlikeOnBothPaths() {
        for (final String asset : new String[] {"USDT", "BTC"}) {
            agree(balances(List.of(BALANCE), asset));
            for (int k = 0; k < BALANCE.length; k++) {
                for (final String value : VALUES) {
                    final List<String[]> fields = new ArrayList<>(List.of(BALANCE));
                    fields.set(k, new String[] {BALANCE[k][0], value});
                    agree(balances(fields, asset));
                }
                final List<String[]> without = new ArrayList<>(List.of(BALANCE));
                without.remove(k);
                agree(balances(without, asset));
                final List<String[]> twice = new ArrayList<>(List.of(BALANCE));
                twice.add(new String[] {BALANCE[k][0], BALANCE[(k + 1) % BALANCE.length][1]});
                agree(balances(twice, asset));
                final List<String[]> extra = new ArrayList<>(List.of(BALANCE));
                extra.add(k, new String[] {"zz", VALUES[k]});
                agree(balances(extra, asset));
            }
            agree(balances(List.of(), asset));
        }
        final String funding = decode(balances(List.of(BALANCE), "BTC"));
        assertTrue(funding.contains("asset=USDT wb=5277.59264687 cw=5233.21709203 bc=0 "), funding);
    }
}
