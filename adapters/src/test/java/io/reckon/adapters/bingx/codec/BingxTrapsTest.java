package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BingX's known wire surprises, each decoded the way the ledger needs it. */
class BingxTrapsTest {
    private final CodecFixture f = new CodecFixture();

    private RingEvent order(final String key, final String raw) {
        final RingEvent e = f.ws(Frames.orderWith(key, raw));
        assertEquals(DecodedKind.ORDER_UPDATE, e.decoded, () -> e.reject + " " + f.codec.fieldName(e.rejectField));
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "\"9223372036854775807\"", "9007199254740993",
        "\"9007199254740993\""})
    void readsOrderIdsAbove2Pow53AsNumberOrString(final String raw) {
        final long expected = Long.parseLong(raw.replace("\"", ""));
        assertEquals(expected, order("i", raw).order.orderId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"172998235239792314304", "\"172998235239792314304\"", "9223372036854775808",
        "18446744073709551616"})
    void rejectsOrderIdThatOverflows64Bits(final String raw) {
        final RingEvent e = f.ws(Frames.orderWith("i", raw));
        assertEquals(DecodedKind.REJECTED, e.decoded);
        assertEquals(RejectReason.ORDER_ID_OVERFLOW, e.reject);
        assertEquals("o.i", f.codec.fieldName(e.rejectField));
    }

    @Test
    void tradeTimeZeroLeavesTheEventTime() {
        final RingEvent e = order("T", "0");
        assertEquals(0L, e.order.tradeTimeMs);
        assertEquals(1710303599597L, e.eventTimeMs);
        assertEquals(1710303599590L, order("T", "1710303599590").order.tradeTimeMs);
    }

    @Test
    void lastFillFieldsAreOptional() {
        final RingEvent absent = order("l", null);
        assertFalse(absent.order.hasLastQty);
        assertFalse(absent.order.hasLastPrice);

        final Map<String, String> o = Frames.orderFields();
        o.put("l", "\"0.01000000\"");
        o.put("L", "\"437.11000000\"");
        final RingEvent present = f.ws(Frames.order(o));
        assertTrue(present.order.hasLastQty);
        assertEquals(1_000_000L, present.order.lastQty);
        assertTrue(present.order.hasLastPrice);
        assertEquals(43_711_000_000L, present.order.lastPrice);
    }

    @Test
    void tradeExecutionWithStatusNewAndEmptyPriceIsATriggerOrderNotAFill() {
        final Map<String, String> o = Frames.orderFields();
        o.put("o", "\"TRIGGER_MARKET\"");
        o.put("x", "\"TRADE\"");
        o.put("X", "\"NEW\"");
        o.put("p", "\"\"");
        o.put("z", "\"0.00000000\"");
        o.put("sp", "\"43495.00000000\"");
        final RingEvent e = f.ws(Frames.order(o));
        assertEquals(DecodedKind.ORDER_UPDATE, e.decoded);
        assertEquals(OrderType.TRIGGER_MARKET, e.order.type);
        assertEquals(ExecType.TRADE, e.order.execType);
        assertEquals(OrderStatus.NEW, e.order.status);
        assertFalse(e.order.hasPrice);
        assertEquals(0L, e.order.price);
        assertEquals(0L, e.order.cumulativeQty);
        assertEquals(4_349_500_000_000L, e.order.stopPrice);
    }

    @Test
    void missingStopPriceIsZero() {
        assertEquals(0L, order("sp", null).order.stopPrice);
        assertEquals(0L, order("sp", "\"\"").order.stopPrice);
    }

    @ParameterizedTest
    @CsvSource({
        "0.02000000, 2000000",
        "12345.12345678, 1234512345678",
        "86.59497382000000050000, 8659497382",
        "0.00000000500000000001, 1",
        "0.00000000500000000000, 0",
        "0.00000001500000000000, 2",
        "7, 700000000",
    })
    void readsDecimalsWithEightOrTwentyFractionalDigitsExactly(final String text, final long units) {
        assertEquals(units, order("q", "\"" + text + "\"").order.quantity);
        assertEquals(units, order("q", text).order.quantity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"P\":[]", "\"P\":null", ""})
    void accountUpdateWithoutPositionsDecodes(final String positions) {
        final String a = "{\"m\":\"FUNDING_FEE\",\"B\":[" + Frames.usdtRow("\"10.5\"") + "]"
            + (positions.isEmpty() ? "" : "," + positions) + "}";
        final RingEvent e = f.ws(Frames.account(a));
        assertEquals(DecodedKind.ACCOUNT_UPDATE, e.decoded);
        assertEquals(BalanceReason.FUNDING_FEE, e.balance.reason);
        assertEquals(1_050_000_000L, e.balance.walletBalance);
        assertEquals(0, e.positions.count);
    }

    @ParameterizedTest
    @CsvSource({"CANCELED, CANCELED", "CANCELLED, CANCELED", "PENDING, NEW", "PARTIALLY_FILLED, PARTIALLY_FILLED",
        "EXPIRED, EXPIRED", "REJECTED, REJECTED", "TRIGGERED, OTHER"})
    void readsBothSpellingsOfCancelledAndPendingAsNew(final String wire, final OrderStatus status) {
        assertEquals(status, order("X", "\"" + wire + "\"").order.status);
    }

    @ParameterizedTest
    @CsvSource({"NEW, NEW", "CANCELED, CANCELED", "CANCELLED, CANCELED", "CALCULATED, CALCULATED",
        "EXPIRED, EXPIRED", "AMENDMENT, OTHER"})
    void readsExecutionTypes(final String wire, final ExecType exec) {
        assertEquals(exec, order("x", "\"" + wire + "\"").order.execType);
    }

    @Test
    void hedgeModeSizesAreUnsignedAndOneWaySizesKeepTheirSign() {
        final String a = "{\"m\":\"ORDER\",\"B\":[" + Frames.usdtRow("\"1\"") + "],\"P\":["
            + Frames.position("LINK-USDT", "108.843", "SHORT") + ","
            + Frames.position("BTC-USDT", "-0.5", "SHORT") + ","
            + Frames.position("ETH-USDT", "-0.25", "BOTH") + ","
            + Frames.position("SOL-USDT", "3", "LONG") + "]}";
        final RingEvent e = f.ws(Frames.account(a));
        assertEquals(DecodedKind.ACCOUNT_UPDATE, e.decoded);
        assertEquals(4, e.positions.count);
        assertEquals(10_884_300_000L, e.positions.size[0]);
        assertEquals(PositionSide.SHORT, e.positions.side[1]);
        assertEquals(50_000_000L, e.positions.size[1]);
        assertEquals(PositionSide.BOTH, e.positions.side[2]);
        assertEquals(-25_000_000L, e.positions.size[2]);
        assertEquals(300_000_000L, e.positions.size[3]);
        assertEquals(-50_000_000L, e.positions.realizedPnl[3]);
    }

    @Test
    void positionWithoutASideIsOneWay() {
        final String a = "{\"m\":\"ORDER\",\"P\":[{\"s\":\"BTC-USDT\",\"pa\":\"-0.5\"}]}";
        final RingEvent e = f.ws(Frames.account(a));
        assertEquals(PositionSide.BOTH, e.positions.side[0]);
        assertEquals(-50_000_000L, e.positions.size[0]);
        assertFalse(e.balance.present);
    }

    @ParameterizedTest
    @CsvSource({"ORDER, ORDER", "FUNDING_FEE, FUNDING_FEE", "DEPOSIT, DEPOSIT", "WITHDRAW, WITHDRAW",
        "ASSET_TRANSFER, ASSET_TRANSFER", "MARGIN_TRANSFER, OTHER_TRANSFER", "ADMIN_DEPOSIT, OTHER_TRANSFER"})
    void mapsTheBalanceReason(final String wire, final BalanceReason reason) {
        final RingEvent e = f.ws(Frames.account("{\"m\":\"" + wire + "\",\"B\":[],\"P\":[]}"));
        assertEquals(reason, e.balance.reason);
    }

    @Test
    void readsOnlyTheUsdtRowAndKeepsOtherAssetsOutOfTheTables() {
        final String a = "{\"B\":[{\"a\":\"USDC\",\"wb\":\"\",\"cw\":\"oops\"},"
            + "{\"wb\":\"12.5\",\"bc\":\"-0.1\",\"a\":\"USDT\"},{\"a\":\"BNB\",\"wb\":\"3\"}],\"m\":\"ORDER\"}";
        final RingEvent e = f.ws(Frames.account(a));
        assertEquals(DecodedKind.ACCOUNT_UPDATE, e.decoded);
        assertTrue(e.balance.present);
        assertEquals(1_250_000_000L, e.balance.walletBalance);
        assertFalse(e.balance.hasCrossWallet);
        assertEquals(-10_000_000L, e.balance.balanceChange);
        assertEquals(1, f.assets.size());
        assertEquals(0, f.assets.find(Ascii.bytes("USDC"), 0, 4));
    }

    @Test
    void keyOrderDoesNotMatter() {
        final Map<String, String> o = Frames.orderFields();
        final List<Map.Entry<String, String>> entries = new ArrayList<>(o.entrySet());
        Collections.reverse(entries);
        final StringBuilder reversed = new StringBuilder("{");
        for (final Map.Entry<String, String> entry : entries) {
            reversed.append('"').append(entry.getKey()).append("\":").append(entry.getValue()).append(',');
        }
        reversed.setLength(reversed.length() - 1);
        reversed.append('}');

        f.ws(Frames.order(o));
        final String inOrder = f.describe();
        f.ws("{\"o\":" + reversed + ",\"E\":1710303599597,\"e\":\"ORDER_TRADE_UPDATE\"}");
        assertEquals(inOrder, f.describe());

        f.ws(Frames.account("{\"m\":\"ORDER\",\"B\":[" + Frames.usdtRow("\"1\"") + "]}"));
        final String account = f.describe();
        f.ws("{\"a\":{\"B\":[" + Frames.usdtRow("\"1\"") + "],\"m\":\"ORDER\"},\"T\":1676603102163,"
            + "\"E\":1676603102163,\"e\":\"ACCOUNT_UPDATE\"}");
        assertEquals(account, f.describe());
    }

    @Test
    void accountSnapshotDecodesAsAnAccountUpdate() {
        final RingEvent e = f.ws("{\"e\":\"SNAPSHOT\",\"E\":1,\"a\":{\"B\":[" + Frames.usdtRow("\"7\"") + "],"
            + "\"P\":[" + Frames.position("BTC-USDT", "1", "LONG") + "]}}");
        assertEquals(DecodedKind.ACCOUNT_UPDATE, e.decoded);
        assertEquals(BalanceReason.NONE, e.balance.reason);
        assertEquals(700_000_000L, e.balance.walletBalance);
        assertEquals(1, e.positions.count);
    }

    @Test
    void anyOtherEventTypeIsUnknownNotAnError() {
        assertEquals(DecodedKind.UNKNOWN_EVENT, f.ws("{\"e\":\"TRADE_LITE\",\"E\":1}").decoded);
        assertEquals(DecodedKind.UNKNOWN_EVENT, f.ws("{\"e\":\"\"}").decoded);
        assertEquals(RejectReason.NONE, f.event.reject);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ping", "Ping\n", "  Ping "})
    void pingIsAHeartbeatAsTextOrGzipped(final String ping) {
        final byte[] bytes = ping.getBytes(StandardCharsets.US_ASCII);
        assertEquals(DecodedKind.HEARTBEAT, f.wire(bytes, false).decoded);
        assertEquals(DecodedKind.HEARTBEAT, f.wire(Gzip.jdk(bytes), true).decoded);
        assertEquals(DecodedKind.HEARTBEAT, f.ws(bytes).decoded);
    }

    @Test
    void clientIdsAreCopiedVerbatim() {
        final RingEvent e = order("c", "\"r-e-lq3k7m-0001\"");
        assertEquals("r-e-lq3k7m-0001",
            new String(e.order.clientOrderId, 0, e.order.clientOrderIdLength, StandardCharsets.US_ASCII));
        assertEquals(0, order("c", "\"\"").order.clientOrderIdLength);
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "'\"true\"', true"})
    void readsReduceOnly(final String raw, final boolean expected) {
        assertEquals(expected, order("ro", raw).order.reduceOnly);
    }

    @ParameterizedTest
    @EnumSource(value = Source.class, names = {"INTENT", "CONTROL"})
    void leavesIntentsAndControlToTheEngine(final Source source) {
        f.event.reset();
        f.event.source = source;
        final byte[] body = "{\"anything\":1}".getBytes(StandardCharsets.US_ASCII);
        f.event.setPayload(body, 0, body.length);
        f.codec.decode(f.event);
        final DecodedKind expected = source == Source.INTENT ? DecodedKind.INTENT : DecodedKind.CONTROL;
        assertEquals(expected, f.event.decoded);
    }

    @Test
    void aSlotReusedAfterARejectionDecodesCleanly() {
        f.ws(Frames.orderWith("q", "\"\""));
        assertEquals(DecodedKind.REJECTED, f.event.decoded);
        final RingEvent e = f.ws(Frames.orderWith("q", "\"0.02\""));
        assertEquals(DecodedKind.ORDER_UPDATE, e.decoded);
        assertEquals(RejectReason.NONE, e.reject);
        assertEquals(0, e.rejectField);
    }
}
