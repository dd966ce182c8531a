package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountEndpointsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private MutableClock clock;
    private BingxSimulator sim;
    private SimRestClient rest;
    private SimWsClient ws;

    @BeforeEach
    void start() throws InterruptedException {
        clock = new MutableClock(1_780_000_000_000L);
        sim = BingxSimulator.start(SimConfig.builder().clock(clock).build());
        rest = new SimRestClient(sim, clock::millis);
        ws = SimWsClient.connect(sim, rest.createListenKey(), true);
    }

    @AfterEach
    void stop() throws InterruptedException {
        ws.closeBlocking();
        sim.close();
    }

    private void openLong(final String symbol, final String qty) throws InterruptedException {
        assertEquals(0L, rest.signedJson("POST", RestApi.ORDER, "symbol", symbol, "side", "BUY", "positionSide",
                "LONG", "type", "MARKET", "quantity", qty).get("code"));
        ws.until(SimWsClient::isAccountUpdate, WAIT);
    }

    @Test
    void contractsListPrecisionsAndMinimums() {
        final Map<String, Object> body = TestJson.object(rest.send("GET", RestApi.CONTRACTS + "?symbol=ETH-USDT",
                null).body());
        final List<Object> rows = TestJson.list(body.get("data"));
        assertEquals(1, rows.size());
        final Map<String, Object> eth = TestJson.obj(rows.get(0));
        assertEquals("ETH-USDT", eth.get("symbol"));
        assertEquals(2L, eth.get("quantityPrecision"));
        assertEquals(2L, eth.get("pricePrecision"));
        assertEquals(0, new BigDecimal("0.01").compareTo((BigDecimal) eth.get("tradeMinQuantity")));
        assertEquals(0, new BigDecimal("0.0005").compareTo((BigDecimal) eth.get("takerFeeRate")));
        assertEquals(3, TestJson.list(TestJson.object(rest.send("GET", RestApi.CONTRACTS, null).body())
                .get("data")).size());
    }

    @Test
    void leverageChangeIsPushedAsAccountConfigUpdateAndReadBack() throws InterruptedException {
        final Map<String, Object> set = rest.signedJson("POST", RestApi.LEVERAGE, "symbol", "BTC-USDT", "side",
                "SHORT", "leverage", "7");
        assertEquals(7L, TestJson.obj(set.get("data")).get("leverage"));
        final Map<String, Object> f = ws.next(WAIT);
        assertEquals("ACCOUNT_CONFIG_UPDATE", f.get("e"));
        final Map<String, Object> ac = TestJson.obj(f.get("ac"));
        assertEquals("BTC-USDT", ac.get("s"));
        assertEquals(10L, ac.get("l"));
        assertEquals(7L, ac.get("S"));
        final Map<String, Object> got = TestJson.obj(rest.signedJson("GET", RestApi.LEVERAGE, "symbol", "BTC-USDT")
                .get("data"));
        assertEquals(10L, got.get("longLeverage"));
        assertEquals(7L, got.get("shortLeverage"));
        assertEquals(109_400L, rest.signedJson("POST", RestApi.LEVERAGE, "symbol", "BTC-USDT", "side", "BOTH",
                "leverage", "5").get("code"));
        assertEquals(101_414L, rest.signedJson("POST", RestApi.LEVERAGE, "symbol", "BTC-USDT", "side", "LONG",
                "leverage", "126").get("code"));
    }

    @Test
    void fundingIsAnAccountUpdateWithoutPositionsAndAnIncomeRow() throws InterruptedException {
        openLong("ETH-USDT", "1.00");
        final BigDecimal mark = sim.price("ETH-USDT");
        final BigDecimal wallet0 = sim.account().wallet();
        clock.advance(Duration.ofMinutes(1));
        final long fundingTime = clock.millis();
        final BigDecimal paid = sim.settleFunding("ETH-USDT", new BigDecimal("0.0001"));
        assertEquals(0, paid.compareTo(Decimals.money(mark.multiply(new BigDecimal("0.0001")))));
        final Map<String, Object> f = ws.next(WAIT);
        final Map<String, Object> a = TestJson.obj(f.get("a"));
        assertEquals("FUNDING_FEE", a.get("m"));
        assertFalse(a.containsKey("P"), "cross-margin funding pushes B only");
        final Map<String, Object> b = TestJson.obj(TestJson.list(a.get("B")).get(0));
        assertEquals(Decimals.wire8(paid.negate()), b.get("bc"));
        assertEquals(Decimals.wire8(wallet0.subtract(paid)), b.get("wb"));

        final Map<String, Object> income = rest.signedJson("GET", RestApi.INCOME, "incomeType", "FUNDING_FEE",
                "startTime", Long.toString(fundingTime));
        final List<Object> rows = TestJson.list(income.get("data"));
        assertEquals(1, rows.size());
        final Map<String, Object> row = TestJson.obj(rows.get(0));
        assertEquals("ETH-USDT", row.get("symbol"));
        assertEquals(0, TestJson.dec(row, "income").compareTo(paid.negate()), "negative = paid");
        assertEquals(fundingTime, TestJson.num(row, "time"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(TestJson.list(rest.signedJson("GET", RestApi.INCOME, "incomeType", "FUNDING_FEE", "startTime",
                Long.toString(fundingTime + 1)).get("data")).isEmpty());
    }

    @Test
    void transfersAreDepositAndWithdrawWithAnEmptyP() throws InterruptedException {
        sim.transfer(new BigDecimal("250"));
        sim.transfer(new BigDecimal("-1"));
        final Map<String, Object> dep = TestJson.obj(ws.next(WAIT).get("a"));
        final Map<String, Object> wd = TestJson.obj(ws.next(WAIT).get("a"));
        assertEquals("DEPOSIT", dep.get("m"));
        assertEquals("WITHDRAW", wd.get("m"));
        assertEquals("-1.00000000", TestJson.obj(TestJson.list(wd.get("B")).get(0)).get("bc"));
        assertTrue(TestJson.list(wd.get("P")).isEmpty());
        assertEquals(0, sim.account().netTransfers().compareTo(new BigDecimal("249")));
        final Map<String, Object> bal = TestJson.obj(TestJson.list(rest.signedJson("GET", RestApi.BALANCE)
                .get("data")).get(0));
        assertEquals("10249.00000000", bal.get("balance"));
    }

    @Test
    void orderHistoryHonoursTheTimeWindow() throws InterruptedException {
        openLong("BTC-USDT", "0.0010");
        final long first = clock.millis();
        clock.advance(Duration.ofMinutes(5));
        openLong("BTC-USDT", "0.0020");
        final long second = clock.millis();
        assertEquals(2, orders("startTime", Long.toString(first)).size());
        assertEquals(1, orders("startTime", Long.toString(first + 1)).size());
        assertEquals(1, orders("startTime", Long.toString(first), "endTime", Long.toString(second - 1)).size());
        assertEquals(1, orders("limit", "1").size());
        assertEquals(109_400L, rest.signedJson("GET", RestApi.ALL_ORDERS, "startTime", Long.toString(second),
                "endTime", Long.toString(first)).get("code"));
    }

    private List<Object> orders(final String... kv) {
        return TestJson.list(TestJson.obj(rest.signedJson("GET", RestApi.ALL_ORDERS, kv).get("data")).get("orders"));
    }

    @Test
    void positionsReportTheExactAverageEntry() throws InterruptedException {
        openLong("BTC-USDT", "0.0100");
        final PositionView p = sim.account().position("BTC-USDT", HedgeSide.LONG);
        final Map<String, Object> row = TestJson.obj(TestJson.list(rest.signedJson("GET", RestApi.POSITIONS,
                "symbol", "BTC-USDT").get("data")).get(0));
        assertEquals(0, TestJson.dec(row, "avgPrice").compareTo(p.entryPrice()));
        assertEquals("0.0100", row.get("positionAmt"));
        assertEquals(10L, row.get("leverage"));
    }
}
