package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST bodies the simulator emits (src/test/resources/bingx/rest) and their failure modes. */
class BingxRestTest {
    private final CodecFixture f = new CodecFixture(1 << 16, BingxCodec.DEFAULT_MAX_INFLATED_BYTES);

    @Test
    void v3BalanceTakesTheUsdtRowAndToleratesEmptiesInTheUsdcRow() {
        final RingEvent e = f.rest(RestTopic.BALANCE, Corpus.rest("balance_v3.json"));
        assertAll(
            () -> assertEquals(DecodedKind.BALANCE_SNAPSHOT, e.decoded),
            () -> assertTrue(e.balance.present),
            () -> assertEquals("USDT", f.asset(e.balance.assetId)),
            () -> assertEquals(100_012_345_678L, e.balance.walletBalance),
            () -> assertTrue(e.balance.hasEquity),
            () -> assertEquals(100_150_000_000L, e.balance.equity),
            () -> assertTrue(e.balance.hasAvailableMargin),
            () -> assertEquals(95_000_000_000L, e.balance.availableMargin),
            () -> assertTrue(e.balance.hasUsedMargin),
            () -> assertEquals(5_012_345_678L, e.balance.usedMargin),
            () -> assertTrue(e.balance.hasUnrealizedPnl),
            () -> assertEquals(137_654_322L, e.balance.unrealizedPnl),
            () -> assertFalse(e.balance.hasCrossWallet),
            () -> assertEquals(1, f.assets.size()));
    }

    @Test
    void v2PositionsReadEveryRowAndSkipTheNumericLiquidationPrice() {
        final RingEvent e = f.rest(RestTopic.POSITIONS, Corpus.rest("positions_v2.json"));
        assertAll(
            () -> assertEquals(DecodedKind.POSITIONS_SNAPSHOT, e.decoded),
            () -> assertEquals(2, e.positions.count),
            () -> assertEquals("BTC-USDT", f.symbol(e.positions.symbolId[0])),
            () -> assertEquals(PositionSide.LONG, e.positions.side[0]),
            () -> assertEquals(1_000_000L, e.positions.size[0]),
            () -> assertEquals(6_000_000_000_000L, e.positions.entryPrice[0]),
            () -> assertTrue(e.positions.hasMarkPrice[0]),
            () -> assertEquals(6_012_000_000_000L, e.positions.markPrice[0]),
            () -> assertEquals(120_000_000L, e.positions.unrealizedPnl[0]),
            () -> assertEquals(-2_400_000L, e.positions.realizedPnl[0]),
            () -> assertEquals(10, e.positions.leverage[0]),
            () -> assertEquals(MarginMode.CROSS, e.positions.marginMode[0]),
            () -> assertEquals("ETH-USDT", f.symbol(e.positions.symbolId[1])),
            () -> assertEquals(PositionSide.SHORT, e.positions.side[1]),
            () -> assertEquals(50_000_000L, e.positions.size[1]),
            () -> assertEquals(300_000_000_000L, e.positions.entryPrice[1]),
            () -> assertEquals(300_500_000_000L, e.positions.markPrice[1]),
            () -> assertEquals(-250_000_000L, e.positions.unrealizedPnl[1]),
            () -> assertEquals(0L, e.positions.realizedPnl[1]),
            () -> assertEquals(10, e.positions.leverage[1]),
            () -> assertEquals(MarginMode.ISOLATED, e.positions.marginMode[1]));
    }

    @Test
    void v2OpenOrdersReadIdsAsNumberOrStringAndPendingAsNew() {
        final RingEvent e = f.rest(RestTopic.OPEN_ORDERS, Corpus.rest("open_orders_v2.json"));
        assertAll(
            () -> assertEquals(DecodedKind.OPEN_ORDERS_SNAPSHOT, e.decoded),
            () -> assertEquals(2, e.openOrders.count),
            () -> assertEquals(1736012449498123456L, e.openOrders.orderId[0]),
            () -> assertEquals("BTC-USDT", f.symbol(e.openOrders.symbolId[0])),
            () -> assertEquals(Side.BUY, e.openOrders.side[0]),
            () -> assertEquals(PositionSide.LONG, e.openOrders.positionSide[0]),
            () -> assertEquals(1_000_000L, e.openOrders.quantity[0]),
            () -> assertEquals(5_900_000_000_000L, e.openOrders.price[0]),
            () -> assertEquals(400_000L, e.openOrders.cumulativeQty[0]),
            () -> assertEquals(OrderStatus.PARTIALLY_FILLED, e.openOrders.status[0]),
            () -> assertEquals(1736012449498123457L, e.openOrders.orderId[1]),
            () -> assertEquals("ETH-USDT", f.symbol(e.openOrders.symbolId[1])),
            () -> assertEquals(Side.SELL, e.openOrders.side[1]),
            () -> assertEquals(PositionSide.SHORT, e.openOrders.positionSide[1]),
            () -> assertEquals(50_000_000L, e.openOrders.quantity[1]),
            () -> assertEquals(310_000_000_000L, e.openOrders.price[1]),
            () -> assertEquals(0L, e.openOrders.cumulativeQty[1]),
            () -> assertEquals(OrderStatus.NEW, e.openOrders.status[1]));
    }

    @ParameterizedTest
    @EnumSource(value = RestTopic.class, names = {"BALANCE", "POSITIONS", "OPEN_ORDERS", "INCOME"})
    void rateLimitErrorIsARestErrorCarryingTheVenueCode(final RestTopic topic) {
        final RingEvent e = f.rest(topic, Corpus.rest("error_rate_limit.json"));
        assertEquals(DecodedKind.REJECTED, e.decoded);
        assertEquals(RejectReason.REST_ERROR, e.reject);
        assertEquals(109429, e.rejectField);
    }

    @Test
    void theCodeIsReadEvenWhenItComesAfterTheData() {
        final RingEvent ok = f.rest(RestTopic.BALANCE,
            "{\"data\":[{\"balance\":\"5\",\"asset\":\"USDT\"}],\"msg\":\"\",\"code\":0}");
        assertEquals(DecodedKind.BALANCE_SNAPSHOT, ok.decoded);
        assertEquals(500_000_000L, ok.balance.walletBalance);
        assertFalse(ok.balance.hasEquity);

        final RingEvent error = f.rest(RestTopic.POSITIONS, "{\"data\":{},\"msg\":\"x\",\"code\":-1}");
        assertEquals(RejectReason.REST_ERROR, error.reject);
        assertEquals(-1, error.rejectField);
    }

    @Test
    void emptySnapshotsDecode() {
        assertEquals(DecodedKind.BALANCE_SNAPSHOT, f.rest(RestTopic.BALANCE, "{\"code\":0,\"data\":[]}").decoded);
        assertFalse(f.event.balance.present);
        assertEquals(DecodedKind.POSITIONS_SNAPSHOT, f.rest(RestTopic.POSITIONS, "{\"code\":0,\"data\":[]}").decoded);
        assertEquals(0, f.event.positions.count);
        assertEquals(DecodedKind.OPEN_ORDERS_SNAPSHOT,
            f.rest(RestTopic.OPEN_ORDERS, "{\"code\":0,\"data\":{\"orders\":null}}").decoded);
        assertEquals(0, f.event.openOrders.count);
        assertEquals(DecodedKind.OPEN_ORDERS_SNAPSHOT,
            f.rest(RestTopic.OPEN_ORDERS, "{\"code\":0,\"data\":{}}").decoded);
    }

    @Test
    void oneWayPositionKeepsItsSign() {
        final RingEvent e = f.rest(RestTopic.POSITIONS, "{\"code\":0,\"data\":[{\"symbol\":\"BTC-USDT\","
            + "\"positionSide\":\"BOTH\",\"positionAmt\":\"-0.0100\",\"liquidationPrice\":61234.5,"
            + "\"extra\":{\"symbol\":[1,2]}}]}");
        assertEquals(DecodedKind.POSITIONS_SNAPSHOT, e.decoded);
        assertEquals(PositionSide.BOTH, e.positions.side[0]);
        assertEquals(-1_000_000L, e.positions.size[0]);
        assertFalse(e.positions.hasMarkPrice[0]);
    }

    @Test
    void topicsNotDecodedYetAreUnknownOnceTheEnvelopeIsWellFormed() {
        final RingEvent e = f.rest(RestTopic.INCOME, "{\"code\":0,\"msg\":\"\",\"data\":[{\"income\":\"-0.1\"}]}");
        assertEquals(DecodedKind.UNKNOWN_EVENT, e.decoded);
    }

    static Stream<Arguments> badBodies() {
        final StringBuilder tooMany = new StringBuilder("{\"code\":0,\"data\":{\"orders\":[");
        for (int i = 0; i <= 256; i++) {
            tooMany.append(i == 0 ? "" : ",")
                .append("{\"orderId\":").append(i + 1).append(",\"symbol\":\"BTC-USDT\",\"side\":\"BUY\",")
                .append("\"origQty\":\"1\"}");
        }
        tooMany.append("]}}");
        return Stream.of(
            Arguments.of(RestTopic.BALANCE, "{\"msg\":\"\",\"data\":[]}", RejectReason.MISSING_FIELD, "code"),
            Arguments.of(RestTopic.BALANCE, "{\"code\":\"zero\",\"data\":[]}", RejectReason.NUMBER_NOT_DECIMAL,
                "code"),
            Arguments.of(RestTopic.BALANCE, "{\"code\":0}", RejectReason.MISSING_FIELD, "data"),
            Arguments.of(RestTopic.BALANCE, "{\"code\":0,\"data\":null}", RejectReason.MISSING_FIELD, "data"),
            Arguments.of(RestTopic.BALANCE, "{\"code\":0,\"data\":{\"balance\":{}}}", RejectReason.WRONG_TYPE,
                "data"),
            Arguments.of(RestTopic.BALANCE, "{\"code\":0,\"data\":[{\"asset\":\"USDT\",\"balance\":\"\"}]}",
                RejectReason.NUMBER_EMPTY, "data.balance"),
            Arguments.of(RestTopic.BALANCE, "{\"code\":0,\"data\":[{\"asset\":\"USDT\",\"balance\":\"1\","
                + "\"usedMargin\":\"\"}]}", RejectReason.NUMBER_EMPTY, "data.usedMargin"),
            Arguments.of(RestTopic.BALANCE, "{\"code\":0,\"data\":[{\"asset\":\"USDT\"}]}",
                RejectReason.MISSING_FIELD, "data.balance"),
            Arguments.of(RestTopic.BALANCE, "{\"code\":0,\"data\":[{\"balance\":\"1\"}]}",
                RejectReason.MISSING_FIELD, "data.asset"),
            Arguments.of(RestTopic.POSITIONS, "{\"code\":0,\"data\":[{\"positionAmt\":\"1\"}]}",
                RejectReason.MISSING_FIELD, "data.symbol"),
            Arguments.of(RestTopic.POSITIONS, "{\"code\":0,\"data\":[{\"symbol\":\"A\"}]}",
                RejectReason.MISSING_FIELD, "data.positionAmt"),
            Arguments.of(RestTopic.POSITIONS, "{\"code\":0,\"data\":[{\"symbol\":\"A\",\"positionAmt\":\"1\","
                + "\"isolated\":\"sometimes\"}]}", RejectReason.ENUM_UNKNOWN, "data.isolated"),
            Arguments.of(RestTopic.POSITIONS, "{\"code\":0,\"data\":[{\"symbol\":\"A\",\"positionAmt\":\"1\","
                + "\"leverage\":\"10X\"}]}", RejectReason.NUMBER_NOT_DECIMAL, "data.leverage"),
            Arguments.of(RestTopic.OPEN_ORDERS, "{\"code\":0,\"data\":{\"orders\":[{\"orderId\":1,"
                + "\"symbol\":\"A\",\"origQty\":\"1\"}]}}", RejectReason.MISSING_FIELD, "data.orders.side"),
            Arguments.of(RestTopic.OPEN_ORDERS, "{\"code\":0,\"data\":{\"orders\":[{\"orderId\":"
                + "\"172998235239792314304\",\"symbol\":\"A\",\"side\":\"BUY\",\"origQty\":\"1\"}]}}",
                RejectReason.ORDER_ID_OVERFLOW, "data.orders.orderId"),
            Arguments.of(RestTopic.OPEN_ORDERS, "{\"code\":0,\"data\":[]}", RejectReason.WRONG_TYPE, "data"),
            Arguments.of(RestTopic.OPEN_ORDERS, "{\"code\":0,\"data\":{\"orders\":{}}}", RejectReason.WRONG_TYPE,
                "data.orders"),
            Arguments.of(RestTopic.OPEN_ORDERS, tooMany.toString(), RejectReason.TOO_MANY_ENTRIES, "data.orders"),
            Arguments.of(RestTopic.BALANCE, "{\"code\":0,\"data\":[}", RejectReason.MALFORMED_JSON, ""),
            Arguments.of(RestTopic.BALANCE, "[{\"code\":0}]", RejectReason.NOT_AN_OBJECT, ""),
            Arguments.of(RestTopic.BALANCE, "Ping", RejectReason.TEXT_UNKNOWN, ""));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void rejectsBadBodiesWithANamedReasonAndField(final RestTopic topic, final String body,
                                                  final RejectReason reason, final String field) {
        final RingEvent e = f.rest(topic, body);
        assertEquals(DecodedKind.REJECTED, e.decoded, body);
        assertEquals(reason, e.reject, body);
        assertEquals(field, f.codec.fieldName(e.rejectField), body);
    }
}
