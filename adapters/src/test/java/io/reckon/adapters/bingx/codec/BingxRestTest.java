package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.IncomeTable;
import io.reckon.engine.ring.IncomeType;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OrderHistoryTable;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
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

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    @Test
    void allOrdersReadEveryRowWithCumulativeFeeAndProfitAndCancelledAsCanceled() {
        final RingEvent e = f.rest(RestTopic.ALL_ORDERS, Corpus.rest("all_orders_v2.json"));
        final OrderHistoryTable h = e.orderHistory;
        assertAll(
            () -> assertEquals(DecodedKind.ORDER_HISTORY, e.decoded),
            () -> assertEquals(4, h.count),
            () -> assertEquals(1767767539205808129L, h.orderId[0]),
            () -> assertEquals("BTC-USDT", f.symbol(h.symbolId[0])),
            () -> assertEquals(Side.BUY, h.side[0]),
            () -> assertEquals(PositionSide.LONG, h.positionSide[0]),
            () -> assertEquals(OrderType.MARKET, h.type[0]),
            () -> assertEquals(OrderStatus.FILLED, h.status[0]),
            () -> assertEquals(1_000_000L, h.quantity[0]),
            () -> assertEquals(6_000_000_000_000L, h.price[0]),
            () -> assertEquals(1_000_000L, h.cumulativeQty[0]),
            () -> assertEquals(6_001_250_000_000L, h.averagePrice[0]),
            () -> assertTrue(h.hasFee[0]),
            () -> assertEquals(-30_006_250L, h.fee[0], "seven decimals kept exactly"),
            () -> assertTrue(h.hasRealizedPnl[0]),
            () -> assertEquals(0L, h.realizedPnl[0]),
            () -> assertEquals(1795322950004L, h.updateTimeMs[0]),
            () -> assertEquals("", clientId(e, 0)),
            () -> assertEquals(1767767539205873666L, h.orderId[1], "a string id"),
            () -> assertEquals(Side.SELL, h.side[1]),
            () -> assertEquals(PositionSide.SHORT, h.positionSide[1]),
            () -> assertEquals(OrderType.LIMIT, h.type[1]),
            () -> assertEquals(OrderStatus.CANCELED, h.status[1], "CANCELLED with two Ls"),
            () -> assertEquals(50_000_000L, h.quantity[1]),
            () -> assertEquals(20_000_000L, h.cumulativeQty[1]),
            () -> assertEquals(310_000_000_000L, h.averagePrice[1]),
            () -> assertEquals(-12_400_000L, h.fee[1]),
            () -> assertEquals("r-e-lq3k7m-0002", clientId(e, 1)),
            () -> assertEquals(1_250_000_000L, h.realizedPnl[2]),
            () -> assertEquals(-30_631_250L, h.fee[2]),
            () -> assertEquals(6_126_250_000_000L, h.averagePrice[2]),
            () -> assertEquals(OrderStatus.EXPIRED, h.status[3]),
            () -> assertEquals(0L, h.cumulativeQty[3]),
            () -> assertEquals(0L, h.averagePrice[3]),
            () -> assertEquals("r-e-lq3k7m-0004", clientId(e, 3)));
    }

    private static String clientId(final RingEvent e, final int row) {
        return new String(e.payload, e.orderHistory.clientIdOffset[row], e.orderHistory.clientIdLength[row],
            StandardCharsets.UTF_8);
    }

    @Test
    void incomeReadsEveryRowWithItsSignedAmountAndTransactionKey() {
        final RingEvent e = f.rest(RestTopic.INCOME, Corpus.rest("income_v2.json"));
        final IncomeTable t = e.income;
        assertAll(
            () -> assertEquals(DecodedKind.INCOME_HISTORY, e.decoded),
            () -> assertEquals(4, t.count),
            () -> assertEquals(IncomeType.FUNDING_FEE, t.type[0]),
            () -> assertEquals("BTC-USDT", f.symbol(t.symbolId[0])),
            () -> assertEquals(-6_125_000L, t.amount[0]),
            () -> assertEquals("USDT", f.asset(t.assetId[0])),
            () -> assertEquals(1795322955000L, t.timeMs[0]),
            () -> assertTrue(t.hasTranKey[0]),
            () -> assertEquals(7L, t.tranKey[0]),
            () -> assertEquals(6_200_000L, t.amount[1]),
            () -> assertEquals("ETH-USDT", f.symbol(t.symbolId[1])),
            () -> assertEquals(8L, t.tranKey[1]),
            () -> assertEquals(IncomeType.TRADING_FEE, t.type[2]),
            () -> assertEquals(IncomeType.TRANSFER, t.type[3]),
            () -> assertEquals(0, t.symbolId[3], "a transfer names no symbol"),
            () -> assertEquals(2_500_000_000L, t.amount[3]));
    }

    @Test
    void tranIdThatIsNotANumberGetsAStableDigestAndAnEmptyOneIsAbsent() {
        final String body = "{\"code\":0,\"data\":[{\"incomeType\":\"FUNDING_FEE\",\"income\":\"-1\","
            + "\"time\":5,\"tranId\":\"T-99\"},{\"incomeType\":\"FUNDING_FEE\",\"income\":\"-1\","
            + "\"time\":5,\"tranId\":\"T-98\"},{\"incomeType\":\"COMMISSION_REBATE\",\"income\":\"1\","
            + "\"time\":5,\"tranId\":\"\"}]}";
        final RingEvent first = f.rest(RestTopic.INCOME, body);
        final long t99 = first.income.tranKey[0];
        final long t98 = first.income.tranKey[1];
        assertTrue(first.income.hasTranKey[0]);
        assertFalse(first.income.hasTranKey[2]);
        assertEquals(IncomeType.OTHER, first.income.type[2]);
        assertNotEquals(t99, t98);
        assertEquals(t99, f.rest(RestTopic.INCOME, body).income.tranKey[0]);
    }

    @Test
    void emptyHistoriesDecode() {
        assertEquals(DecodedKind.ORDER_HISTORY,
            f.rest(RestTopic.ALL_ORDERS, "{\"code\":0,\"msg\":\"\",\"data\":{\"orders\":[]}}").decoded);
        assertEquals(0, f.event.orderHistory.count);
        assertEquals(DecodedKind.INCOME_HISTORY, f.rest(RestTopic.INCOME, "{\"code\":0,\"data\":[]}").decoded);
        assertEquals(DecodedKind.INCOME_HISTORY, f.rest(RestTopic.INCOME, "{\"code\":0,\"data\":null}").decoded);
        assertEquals(0, f.event.income.count);
    }

    @ParameterizedTest
    @EnumSource(value = RestTopic.class, names = {"BALANCE", "POSITIONS", "OPEN_ORDERS", "ALL_ORDERS", "INCOME"})
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
        final RingEvent e = f.rest(RestTopic.LEVERAGE, "{\"code\":0,\"msg\":\"\",\"data\":{\"leverage\":5}}");
        assertEquals(DecodedKind.UNKNOWN_EVENT, e.decoded);
    }

    private static String historyRow(final String fields) {
        return "{\"code\":0,\"data\":{\"orders\":[{" + fields + "}]}}";
    }

    private static String incomeRow(final String fields) {
        return "{\"code\":0,\"data\":[{" + fields + "}]}";
    }

    private static final String FULL_ROW = "\"orderId\":1,\"symbol\":\"BTC-USDT\",\"side\":\"BUY\","
        + "\"executedQty\":\"0.01\"";
    private static final String INCOME_ROW = "\"incomeType\":\"FUNDING_FEE\",\"income\":\"-0.1\",\"time\":5";

    static Stream<Arguments> badHistoryRows() {
        final StringBuilder tooManyOrders = new StringBuilder("{\"code\":0,\"data\":{\"orders\":[");
        final StringBuilder tooManyIncome = new StringBuilder("{\"code\":0,\"data\":[");
        for (int i = 0; i <= OrderHistoryTable.CAPACITY; i++) {
            tooManyOrders.append(i == 0 ? "" : ",").append('{').append(FULL_ROW).append('}');
            tooManyIncome.append(i == 0 ? "" : ",").append('{').append(INCOME_ROW).append('}');
        }
        tooManyOrders.append("]}}");
        tooManyIncome.append("]}");
        return Stream.of(
            Arguments.of(RestTopic.ALL_ORDERS, historyRow("\"symbol\":\"A\",\"side\":\"BUY\","
                + "\"executedQty\":\"1\""), RejectReason.MISSING_FIELD, "data.orders.orderId"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow("\"orderId\":1,\"symbol\":\"A\",\"side\":\"BUY\""),
                RejectReason.MISSING_FIELD, "data.orders.executedQty"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow("\"orderId\":1,\"side\":\"BUY\","
                + "\"executedQty\":\"1\""), RejectReason.MISSING_FIELD, "data.orders.symbol"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow(FULL_ROW.replace("\"BUY\"", "\"HOLD\"")),
                RejectReason.ENUM_UNKNOWN, "data.orders.side"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow(FULL_ROW.replace("1,", "\"172998235239792314304\",")),
                RejectReason.ORDER_ID_OVERFLOW, "data.orders.orderId"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow(FULL_ROW.replace("1,", "\"12a\",")),
                RejectReason.ORDER_ID_INVALID, "data.orders.orderId"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow(FULL_ROW + ",\"executedQty\":\"\""),
                RejectReason.NUMBER_EMPTY, "data.orders.executedQty"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow(FULL_ROW + ",\"commission\":{\"v\":1}"),
                RejectReason.WRONG_TYPE, "data.orders.commission"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow(FULL_ROW + ",\"profit\":\"1e3\""),
                RejectReason.NUMBER_EXPONENT, "data.orders.profit"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow(FULL_ROW + ",\"avgPrice\":\"6O000\""),
                RejectReason.NUMBER_NOT_DECIMAL, "data.orders.avgPrice"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow(FULL_ROW + ",\"updateTime\":-5"),
                RejectReason.NUMBER_NOT_DECIMAL, "data.orders.updateTime"),
            Arguments.of(RestTopic.ALL_ORDERS, historyRow(FULL_ROW + ",\"clientOrderId\":7"),
                RejectReason.WRONG_TYPE, "data.orders.clientOrderId"),
            Arguments.of(RestTopic.ALL_ORDERS, "{\"code\":0,\"data\":[]}", RejectReason.WRONG_TYPE, "data"),
            Arguments.of(RestTopic.ALL_ORDERS, tooManyOrders.toString(), RejectReason.TOO_MANY_ENTRIES,
                "data.orders"),
            Arguments.of(RestTopic.INCOME, incomeRow("\"income\":\"-0.1\",\"time\":5"),
                RejectReason.MISSING_FIELD, "data.incomeType"),
            Arguments.of(RestTopic.INCOME, incomeRow("\"incomeType\":\"FUNDING_FEE\",\"time\":5"),
                RejectReason.MISSING_FIELD, "data.income"),
            Arguments.of(RestTopic.INCOME, incomeRow("\"incomeType\":\"FUNDING_FEE\",\"income\":\"-0.1\""),
                RejectReason.MISSING_FIELD, "data.time"),
            Arguments.of(RestTopic.INCOME, incomeRow(INCOME_ROW.replace("\"-0.1\"", "\"\"")),
                RejectReason.NUMBER_EMPTY, "data.income"),
            Arguments.of(RestTopic.INCOME, incomeRow(INCOME_ROW.replace("\"-0.1\"", "\"-99999999999\"")),
                RejectReason.NUMBER_OVERFLOW, "data.income"),
            Arguments.of(RestTopic.INCOME, incomeRow(INCOME_ROW + ",\"tranId\":[1]"),
                RejectReason.WRONG_TYPE, "data.tranId"),
            Arguments.of(RestTopic.INCOME, incomeRow(INCOME_ROW + ",\"symbol\":5"),
                RejectReason.WRONG_TYPE, "data.symbol"),
            Arguments.of(RestTopic.INCOME, incomeRow(INCOME_ROW + ",\"incomeType\":true"),
                RejectReason.WRONG_TYPE, "data.incomeType"),
            Arguments.of(RestTopic.INCOME, "{\"code\":0,\"data\":{}}", RejectReason.WRONG_TYPE, "data"),
            Arguments.of(RestTopic.INCOME, "{\"code\":0,\"data\":[5]}", RejectReason.WRONG_TYPE, "data"),
            Arguments.of(RestTopic.INCOME, tooManyIncome.toString(), RejectReason.TOO_MANY_ENTRIES, "data"));
    }

    @ParameterizedTest
    @MethodSource("badHistoryRows")
    void rejectsBadHistoryRowsWithANamedReasonAndField(final RestTopic topic, final String body,
                                                       final RejectReason reason, final String field) {
        final CodecFixture big = new CodecFixture(1 << 16, BingxCodec.DEFAULT_MAX_INFLATED_BYTES);
        final RingEvent e = big.rest(topic, body);
        assertEquals(DecodedKind.REJECTED, e.decoded, body);
        assertEquals(reason, e.reject, body);
        assertEquals(field, big.codec.fieldName(e.rejectField), body);
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
