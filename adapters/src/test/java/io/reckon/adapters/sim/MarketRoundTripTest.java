package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarketRoundTripTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Pattern EIGHT_DP = Pattern.compile("-?\\d+\\.\\d{8}");
    private BingxSimulator sim;
    private SimRestClient rest;
    private SimWsClient ws;

    @BeforeEach
    void start() throws InterruptedException {
        sim = BingxSimulator.start(SimConfig.defaults());
        rest = new SimRestClient(sim, System::currentTimeMillis);
        ws = SimWsClient.connect(sim, rest.createListenKey(), true);
    }

    @AfterEach
    void stop() throws InterruptedException {
        ws.closeBlocking();
        sim.close();
    }

    /** Places a market order over REST and returns its frames up to and including the ACCOUNT_UPDATE. */
    private List<Map<String, Object>> market(final String symbol, final String side, final String positionSide,
                                             final String qty) throws InterruptedException {
        final Map<String, Object> body = rest.signedJson("POST", RestApi.ORDER, "symbol", symbol, "side", side,
                "positionSide", positionSide, "type", "MARKET", "quantity", qty);
        assertEquals(0L, body.get("code"), () -> "order refused: " + body);
        final Map<String, Object> order = TestJson.obj(TestJson.obj(body.get("data")).get("order"));
        assertEquals("FILLED", order.get("status"));
        assertEquals(0, new BigDecimal(qty).compareTo(TestJson.dec(order, "executedQty")));
        return ws.until(SimWsClient::isAccountUpdate, WAIT);
    }

    private static List<Map<String, Object>> trades(final List<Map<String, Object>> frames) {
        final List<Map<String, Object>> out = new ArrayList<>();
        for (final Map<String, Object> f : frames) {
            if ("ORDER_TRADE_UPDATE".equals(f.get("e")) && "TRADE".equals(TestJson.obj(f.get("o")).get("x"))) {
                out.add(TestJson.obj(f.get("o")));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"BTC-USDT, LONG, 0.0250", "BTC-USDT, SHORT, 0.0130", "ETH-USDT, LONG, 0.37", "SOL-USDT, SHORT, 7.5"})
    void roundTripBooksRealizedMinusFeesIntoTheWallet(final String symbol, final String side, final String qty)
            throws InterruptedException {
        final BigDecimal wallet0 = sim.account().wallet();
        final boolean isLong = "LONG".equals(side);
        final List<Map<String, Object>> frames = new ArrayList<>(market(symbol, isLong ? "BUY" : "SELL", side, qty));
        for (int i = 0; i < 5; i++) {
            sim.tick();
        }
        frames.addAll(market(symbol, isLong ? "SELL" : "BUY", side, qty));

        BigDecimal sumRpN = BigDecimal.ZERO;
        for (final Map<String, Object> t : trades(frames)) {
            sumRpN = sumRpN.add(TestJson.dec(t, "rp")).add(TestJson.dec(t, "n"));
        }
        BigDecimal sumBc = BigDecimal.ZERO;
        Map<String, Object> lastAccount = null;
        for (final Map<String, Object> f : frames) {
            if (SimWsClient.isAccountUpdate(f)) {
                lastAccount = TestJson.obj(f.get("a"));
                assertEquals("ORDER", lastAccount.get("m"));
                sumBc = sumBc.add(TestJson.dec(TestJson.obj(TestJson.list(lastAccount.get("B")).get(0)), "bc"));
            }
        }
        assertNotNull(lastAccount);
        final AccountSnapshot account = sim.account();
        final BigDecimal change = account.wallet().subtract(wallet0);
        assertEquals(0, sumRpN.compareTo(change), "sum(rp + n) over fills == wallet change");
        assertEquals(0, sumBc.compareTo(change), "sum(bc) == wallet change");
        final Map<String, Object> b = TestJson.obj(TestJson.list(lastAccount.get("B")).get(0));
        assertEquals(Decimals.wire8(account.wallet()), b.get("wb"));
        assertEquals(b.get("wb"), b.get("cw"));
        final Map<String, Object> p = TestJson.obj(TestJson.list(lastAccount.get("P")).get(0));
        assertEquals(symbol, p.get("s"));
        assertEquals(side, p.get("ps"));
        assertEquals("0.00000000", p.get("pa"));
        assertEquals(0, account.position(symbol, HedgeSide.valueOf(side)).size().signum());
        assertEquals(0, account.realizedPnl().subtract(account.feesPaid()).compareTo(change));
    }

    @Test
    void framesHaveBingxShapes() throws InterruptedException {
        final List<Map<String, Object>> frames = market("BTC-USDT", "BUY", "LONG", "0.0100");
        final Map<String, Object> first = TestJson.obj(frames.get(0).get("o"));
        assertEquals("NEW", first.get("x"));
        assertEquals("NEW", first.get("X"));
        for (final Map<String, Object> f : frames) {
            assertTrue(f.get("E") instanceof Long, "E is a number");
            if (!"ORDER_TRADE_UPDATE".equals(f.get("e"))) {
                assertFalse(f.containsKey("T"), "ACCOUNT_UPDATE carries no top-level T, as captured live");
                continue;
            }
            final Map<String, Object> o = TestJson.obj(f.get("o"));
            assertTrue(o.get("i") instanceof String && ((String) o.get("i")).matches("\\d{19}"), "i is a string id");
            assertTrue(Long.parseLong((String) o.get("i")) > (1L << 53), "ids exceed 2^53 like BingX's");
            assertEquals(0L, o.get("T"));
            assertFalse(o.containsKey("l") || o.containsKey("L"), "no last-fill fields");
            assertEquals("USDT", o.get("N"));
            assertEquals("", o.get("c"));
            for (final String k : List.of("q", "p", "sp", "ap", "n", "rp", "z")) {
                assertTrue(EIGHT_DP.matcher((String) o.get(k)).matches(), k + " has 8 decimals: " + o.get(k));
            }
        }
        for (final Map<String, Object> t : trades(frames)) {
            assertTrue(TestJson.dec(t, "n").signum() < 0, "a fee is a negative n");
            assertEquals(0, TestJson.dec(t, "rp").signum(), "opening fills realize nothing");
        }
        final Map<String, Object> p = TestJson.obj(TestJson.list(TestJson.obj(frames.get(frames.size() - 1)
                .get("a")).get("P")).get(0));
        assertEquals("0.01000000", p.get("pa"));
        assertEquals(List.of("s", "pa", "ep", "up", "mt", "iw", "ps", "cr"), List.copyOf(p.keySet()));
    }

    @Test
    void partialFillsCarryCumulativeZAndFeesOfEachTrade() throws InterruptedException {
        List<Map<String, Object>> multi = null;
        for (int i = 0; i < 30 && multi == null; i++) {
            final List<Map<String, Object>> t = trades(market("ETH-USDT", "BUY", "LONG", "0.50"));
            if (t.size() > 1) {
                multi = t;
            }
        }
        assertNotNull(multi, "the seeded splitter produces partial fills");
        BigDecimal previousZ = BigDecimal.ZERO;
        for (int i = 0; i < multi.size(); i++) {
            final Map<String, Object> t = multi.get(i);
            final BigDecimal z = TestJson.dec(t, "z");
            assertTrue(z.compareTo(previousZ) > 0, "z grows");
            assertEquals(i == multi.size() - 1 ? "FILLED" : "PARTIALLY_FILLED", t.get("X"));
            previousZ = z;
        }
        assertEquals(0, previousZ.compareTo(new BigDecimal("0.5")));
        final long orderId = Long.parseLong((String) multi.get(0).get("i"));
        final List<FillView> fills = sim.account().fills().stream().filter(f -> f.orderId() == orderId).toList();
        assertEquals(multi.size(), fills.size());
        for (int i = 0; i < fills.size(); i++) {
            final FillView f = fills.get(i);
            assertEquals(0, f.fee().compareTo(Decimals.money(f.qty().multiply(f.price())
                    .multiply(new BigDecimal("0.0005")))), "taker fee = qty x price x 0.0005");
            assertEquals(0, f.fee().negate().compareTo(TestJson.dec(multi.get(i), "n")));
            assertFalse(f.maker());
        }
    }
}
