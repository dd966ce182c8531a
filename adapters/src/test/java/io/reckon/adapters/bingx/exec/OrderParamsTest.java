package io.reckon.adapters.bingx.exec;

import io.reckon.config.RouterSettings;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExecutionPlan;
import io.reckon.engine.router.ExecutionRouter;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanReason;
import io.reckon.engine.router.PlanRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderParamsTest {
    private static final long QTY = 1_230_000L;
    private static final long PRICE = 6_001_230_000_000L;

    private final ExecutionRouter router = new ExecutionRouter(RouterSettings.defaults());

    private ExecutionPlan entry(final PositionSide side) {
        return router.plan(PlanRequest.entry("t-1", "BTC-USDT", side, QTY, PRICE, PlanRequest.SPREAD_UNKNOWN));
    }

    @Test
    void aTakerEntryIsAMarketOrderOnTheSideThatOpensThePosition() {
        assertEquals("symbol=BTC-USDT&side=BUY&positionSide=LONG&type=MARKET&quantity=0.0123&clientOrderId=rkab-e1",
            OrderParams.place(entry(PositionSide.LONG), "rkab-e1", QTY, 0).signingString());
    }

    @Test
    void anExitOfAShortBuys() {
        final ExecutionPlan exit = router.plan(PlanRequest.exit("t-1", "BTC-USDT", PositionSide.SHORT, QTY, PRICE,
            PlanRequest.SPREAD_UNKNOWN, ExitReason.CATASTROPHIC_LOSS));
        assertEquals("symbol=BTC-USDT&side=BUY&positionSide=SHORT&type=MARKET&quantity=0.0123&clientOrderId=rkab-x2",
            OrderParams.place(exit, "rkab-x2", QTY, 0).signingString());
    }

    @Test
    void aPostOnlyQuoteIsALimitWithPriceAndPostOnly() {
        final ExecutionPlan quote = entry(PositionSide.SHORT).asLimit(PRICE, true, 8_000, PlanReason.MAKER_ENTRY);
        assertEquals("symbol=BTC-USDT&side=SELL&positionSide=SHORT&type=LIMIT&quantity=0.0123&price=60012.3"
            + "&timeInForce=PostOnly&clientOrderId=rkab-e3", OrderParams.place(quote, "rkab-e3", QTY, PRICE)
            .signingString());
    }

    @Test
    void aQuoteThatMayTakeRestsUntilCancelled() {
        final ExecutionPlan quote = entry(PositionSide.LONG).asLimit(PRICE, false, 8_000, PlanReason.MAKER_ENTRY);
        assertEquals("symbol=BTC-USDT&side=BUY&positionSide=LONG&type=LIMIT&quantity=0.0123&price=60012.3"
            + "&timeInForce=GTC&clientOrderId=rkab-e4", OrderParams.place(quote, "rkab-e4", QTY, PRICE)
            .signingString());
    }

    @Test
    void refusesAQuantityOrAQuotePriceThatRoundedToNothing() {
        final ExecutionPlan quote = entry(PositionSide.LONG).asLimit(PRICE, true, 8_000, PlanReason.MAKER_ENTRY);
        assertThrows(IllegalArgumentException.class,
            () -> OrderParams.place(entry(PositionSide.LONG), "rkab-e5", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> OrderParams.place(quote, "rkab-e6", QTY, 0));
    }
}
