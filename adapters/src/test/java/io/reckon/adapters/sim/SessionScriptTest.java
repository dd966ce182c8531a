package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionScriptTest {
    private static SimConfig config(final long seed) {
        return SimConfig.builder().seed(seed).clock(new MutableClock(1_780_000_000_000L))
                .scriptStepDelay(Duration.ofMillis(1)).build();
    }

    @Test
    void theSameSeedPlaysTheSameSession() {
        final AccountSnapshot a;
        final AccountSnapshot b;
        final List<SessionScript.Step> planA;
        try (BingxSimulator sim = BingxSimulator.start(config(7))) {
            planA = sim.session().plan();
            sim.session().runToCompletion();
            a = sim.account();
        }
        try (BingxSimulator sim = BingxSimulator.start(config(7))) {
            assertEquals(planA, sim.session().plan());
            sim.session().runToCompletion();
            b = sim.account();
        }
        assertEquals(a, b);
        try (BingxSimulator sim = BingxSimulator.start(config(8))) {
            assertNotEquals(planA, sim.session().plan());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 20_260_601, 99_991})
    void aSessionIsRealisticAndEndsFlat(final long seed) {
        try (BingxSimulator sim = BingxSimulator.start(config(seed))) {
            final List<SessionScript.Step> plan = sim.session().plan();
            final long symbols = plan.stream().filter(s -> s.action() == SessionScript.Action.OPEN_MARKET)
                    .map(SessionScript.Step::symbol).distinct().count();
            assertTrue(symbols == 2 || symbols == 3, "two or three symbols");
            assertEquals(1, plan.stream().filter(s -> s.action() == SessionScript.Action.TRANSFER).count());
            assertEquals(symbols, plan.stream().filter(s -> s.action() == SessionScript.Action.FUNDING).count());
            sim.session().runToCompletion();
            final AccountSnapshot acc = sim.account();
            for (final PositionView p : acc.positions()) {
                assertEquals(0, p.size().signum(), "flat at the end: " + p);
            }
            assertTrue(acc.openOrders().isEmpty());
            assertTrue(acc.fills().size() >= 2 * 2 * symbols, "an open and a close per round trip at least");
            assertNotEquals(0, acc.fundingPaid().signum());
            assertNotEquals(0, acc.netTransfers().signum());
            final BigDecimal identity = sim.config().initialWallet().add(acc.realizedPnl()).subtract(acc.feesPaid())
                    .subtract(acc.fundingPaid()).add(acc.netTransfers());
            assertEquals(0, identity.compareTo(acc.wallet()));
        }
    }

    @Test
    void acrossSeedsTheSessionsShowPartialAndMakerFills() {
        boolean partial = false;
        boolean maker = false;
        for (long seed = 1; seed <= 5; seed++) {
            try (BingxSimulator sim = BingxSimulator.start(config(seed))) {
                sim.session().runToCompletion();
                final List<FillView> fills = sim.account().fills();
                maker |= fills.stream().anyMatch(FillView::maker);
                partial |= fills.stream().map(FillView::orderId).distinct().count() < fills.size();
            }
        }
        assertTrue(partial, "some order filled in parts");
        assertTrue(maker, "some exit filled as maker");
    }

    @Test
    void playsOnItsOwnAndStreamsFramesThatReconcileWithTheAccount() throws Exception {
        try (BingxSimulator sim = BingxSimulator.start(SimConfig.builder().seed(3)
                .scriptStepDelay(Duration.ofMillis(1)).build())) {
            final SimRestClient rest = new SimRestClient(sim, System::currentTimeMillis);
            final SimWsClient ws = SimWsClient.connect(sim, rest.createListenKey(), true);
            final BigDecimal wallet0 = sim.account().wallet();
            sim.session().play();
            assertTrue(sim.session().awaitCompletion(Duration.ofSeconds(20)));
            assertThrows(IllegalStateException.class, () -> sim.session().play());
            BigDecimal sumBc = BigDecimal.ZERO;
            BigDecimal sumRpN = BigDecimal.ZERO;
            String lastWb = null;
            for (final String text : ws.drain(Duration.ofMillis(500))) {
                final Map<String, Object> f = TestJson.object(text);
                if ("ORDER_TRADE_UPDATE".equals(f.get("e"))) {
                    final Map<String, Object> o = TestJson.obj(f.get("o"));
                    sumRpN = sumRpN.add(TestJson.dec(o, "rp")).add(TestJson.dec(o, "n"));
                } else if (SimWsClient.isAccountUpdate(f)) {
                    final Map<String, Object> b = TestJson.obj(TestJson.list(TestJson.obj(f.get("a")).get("B"))
                            .get(0));
                    sumBc = sumBc.add(TestJson.dec(b, "bc"));
                    lastWb = (String) b.get("wb");
                }
            }
            final AccountSnapshot acc = sim.account();
            assertEquals(Decimals.wire8(acc.wallet()), lastWb);
            assertEquals(0, sumBc.compareTo(acc.wallet().subtract(wallet0)), "sum(bc) is the wallet change");
            assertEquals(0, sumRpN.compareTo(acc.realizedPnl().subtract(acc.feesPaid())));
            ws.closeBlocking();
        }
    }
}
