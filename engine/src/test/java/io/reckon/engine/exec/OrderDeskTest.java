package io.reckon.engine.exec;

import io.reckon.config.EntryMissPolicy;
import io.reckon.config.RetryExhaustAction;
import io.reckon.config.RouterSettings;
import io.reckon.config.RouterStyle;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.IntentAction;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.router.ExecutionRouter;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.MissAction;
import io.reckon.engine.router.PlanAction;
import io.reckon.engine.router.PlanReason;
import io.reckon.engine.router.PlanRequest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk against hand-made journal inputs: every venue answer is a message with a time, so each rule is checked
 * at the exact moments it must (and must not) act.
 */
class OrderDeskTest {
    private static final String BTC = "BTC-USDT";
    private static final long SIZE = FixedPoint.parse("0.01");
    private static final long REF = FixedPoint.parse("60000");

    private final List<Decision> decisions = new ArrayList<>();
    private final List<DeskCommand> commands = new ArrayList<>();
    private OrderDesk desk;
    private long seq;

    private void start(final RouterStyle style, final EntryMissPolicy miss) {
        desk = new OrderDesk(new ExecutionRouter(new RouterSettings(style, 500, 500, miss, 1, RetryExhaustAction.SKIP,
            1, FixedPoint.parse("5"), true, Map.of())), new DeskSettings(200, 1_000, 2), decisions::add);
        final ExecMessage m = msg(ExecMessageKind.SESSION, 0);
        final byte[] text = ExecControl.session("run1");
        System.arraycopy(text, 0, m.text, 0, text.length);
        m.textLength = text.length;
        on(m);
    }

    private ExecMessage msg(final ExecMessageKind kind, final long timeMs) {
        final ExecMessage m = new ExecMessage();
        m.kind = kind;
        m.timeMs = timeMs;
        m.sequence = ++seq;
        return m;
    }

    private List<DeskCommand> on(final ExecMessage m) {
        commands.clear();
        desk.on(m, commands);
        return List.copyOf(commands);
    }

    private List<DeskCommand> intent(final long t, final IntentAction action, final String trade, final long size,
                                     final ExitReason reason) {
        final ExecMessage m = msg(ExecMessageKind.INTENT, t);
        m.intent.action = action;
        final byte[] id = trade.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, m.intent.tradeId, 0, id.length);
        m.intent.tradeIdLength = id.length;
        m.intent.positionSide = PositionSide.LONG;
        m.intent.size = size;
        m.intent.exitReason = reason;
        m.intent.referencePrice = REF;
        m.intent.spreadBps = PlanRequest.SPREAD_UNKNOWN;
        final byte[] s = BTC.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(s, 0, m.symbol, 0, s.length);
        m.symbolLength = s.length;
        return on(m);
    }

    private List<DeskCommand> enter(final long t, final String trade) {
        return intent(t, IntentAction.ENTER, trade, SIZE, ExitReason.NONE);
    }

    private List<DeskCommand> ack(final long t, final long command, final RestTopic topic, final AckOutcome outcome,
                                  final long orderId, final OrderStatus status, final long executed) {
        final ExecMessage m = msg(ExecMessageKind.ACK, t);
        m.commandId = command;
        m.topic = topic;
        m.decoded = true;
        m.ack.outcome = outcome;
        m.order.orderId = orderId;
        m.order.status = status;
        m.order.cumulativeQty = executed;
        return on(m);
    }

    private List<DeskCommand> placed(final long t, final long command, final long orderId) {
        return ack(t, command, RestTopic.ORDER_PLACED, AckOutcome.ACCEPTED, orderId, OrderStatus.NEW, 0);
    }

    private List<DeskCommand> openOrders(final long t, final long command, final long... ids) {
        final ExecMessage m = msg(ExecMessageKind.OPEN_ORDERS, t);
        m.commandId = command;
        m.topic = RestTopic.OPEN_ORDERS;
        m.decoded = true;
        System.arraycopy(ids, 0, m.openOrderIds, 0, ids.length);
        m.openOrderCount = ids.length;
        return on(m);
    }

    private List<DeskCommand> update(final long t, final String clientId, final long orderId,
                                     final OrderStatus status, final long cumulative) {
        final ExecMessage m = msg(ExecMessageKind.ORDER_UPDATE, t);
        final byte[] id = clientId.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, m.order.clientOrderId, 0, id.length);
        m.order.clientOrderIdLength = id.length;
        m.order.orderId = orderId;
        m.order.status = status;
        m.order.quantity = SIZE;
        m.order.cumulativeQty = cumulative;
        m.decoded = true;
        return on(m);
    }

    private List<DeskCommand> tick(final long t) {
        return on(msg(ExecMessageKind.TICK, t));
    }

    private List<DecisionKind> kinds() {
        return decisions.stream().map(Decision::kind).toList();
    }

    @Test
    void anExpiredQuoteIsCancelledAndOnlyTheVenuesOpenOrdersConfirmItGone() {
        start(RouterStyle.MAKER_ENTRY, EntryMissPolicy.SKIP);
        final DeskCommand.Place quote = assertInstanceOf(DeskCommand.Place.class, enter(1_000, "t1").get(0));
        assertEquals("rkrun1-e1", quote.clientOrderId());
        assertEquals(OrderType.LIMIT, quote.plan().type());
        assertTrue(placed(1_010, 1, 77).isEmpty());
        assertTrue(tick(1_499).isEmpty(), "not before the TTL");
        assertTrue(desk.needsTicks());

        final DeskCommand.Cancel cancel = assertInstanceOf(DeskCommand.Cancel.class, tick(1_500).get(0));
        assertEquals(77, cancel.orderId());
        assertEquals(BTC, cancel.symbol());
        assertTrue(tick(1_550).isEmpty(), "one cancel in flight at a time");
        assertTrue(ack(1_560, 2, RestTopic.ORDER_CANCELED, AckOutcome.ACCEPTED, 77, OrderStatus.CANCELED, 0)
            .isEmpty());
        assertFalse(kinds().contains(DecisionKind.GONE), "a DELETE reply alone confirms nothing");

        assertTrue(openOrders(1_570, 2, 5, 77, 9).isEmpty(), "still open: asked again later");
        assertEquals(DecisionKind.CANCEL_UNCONFIRMED, decisions.get(decisions.size() - 1).kind());
        assertTrue(tick(1_700).isEmpty(), "not before the cancel retry delay");
        final DeskCommand.Cancel again = assertInstanceOf(DeskCommand.Cancel.class, tick(1_770).get(0));
        assertEquals(3, again.commandId());

        assertTrue(openOrders(1_800, 2, 5, 9).isEmpty(), "a confirmation of an older cancel is ignored");
        assertFalse(kinds().contains(DecisionKind.GONE));
        assertTrue(openOrders(1_810, 3, 5, 9).isEmpty(), "skipped: nothing sent");
        final Decision missed = decisions.get(decisions.size() - 1);
        assertEquals(DecisionKind.MISSED, missed.kind());
        assertEquals(MissAction.SKIP, missed.miss());
        assertFalse(desk.needsTicks());
        assertEquals(1, desk.counters().cancelsConfirmed());
        assertEquals(1, desk.counters().cancelsUnconfirmed());
        assertEquals(2, desk.counters().cancelsRequested());
    }

    @Test
    void aPartlyFilledQuoteFallsBackToMarketForTheUnfilledRestOnly() {
        start(RouterStyle.MAKER_ENTRY, EntryMissPolicy.MARKET);
        enter(1_000, "t1");
        placed(1_010, 1, 77);
        update(1_200, "rkrun1-e1", 77, OrderStatus.PARTIALLY_FILLED, FixedPoint.parse("0.004"));
        tick(1_500);
        final DeskCommand.Place market = assertInstanceOf(DeskCommand.Place.class, openOrders(1_520, 2).get(0));
        assertEquals(OrderType.MARKET, market.plan().type());
        assertEquals(FixedPoint.parse("0.006"), market.plan().size());
        assertEquals("t1-m", market.plan().tradeId());
        assertEquals(PlanReason.ENTRY_MISS_MARKET_FALLBACK, market.plan().reason());
    }

    @Test
    void eachTradesFillsAreReadableAndNeverShowAQuoteGoneBeforeItsFallbackIsSent() {
        start(RouterStyle.MAKER_ENTRY, EntryMissPolicy.MARKET);
        final TradeFills fills = desk.tradeFills();
        assertNull(fills.of("t1"), "unknown before the desk plans it");
        enter(1_000, "t1");
        assertEquals(new TradeFills.Fill(0, 0, 1), fills.of("t1"));
        placed(1_010, 1, 77);
        update(1_200, "rkrun1-e1", 77, OrderStatus.PARTIALLY_FILLED, FixedPoint.parse("0.004"));
        assertEquals(new TradeFills.Fill(FixedPoint.parse("0.004"), 0, 1), fills.of("t1"));
        tick(1_500);
        openOrders(1_520, 2);
        assertEquals(new TradeFills.Fill(FixedPoint.parse("0.004"), 0, 1), fills.of("t1"),
            "the quote is gone and its MARKET fallback live: one input, one published state");
        ack(1_530, 3, RestTopic.ORDER_PLACED, AckOutcome.ACCEPTED, 78, OrderStatus.FILLED, FixedPoint.parse("0.006"));
        assertTrue(fills.of("t1").settled());
        assertEquals(SIZE, fills.of("t1").entered());

        intent(1_600, IntentAction.EXIT, "t1", SIZE, ExitReason.MAX_HOLD);
        ack(1_610, 4, RestTopic.ORDER_PLACED, AckOutcome.ACCEPTED, 79, OrderStatus.FILLED, SIZE);
        assertEquals(new TradeFills.Fill(SIZE, SIZE, 0), fills.of("t1"));
        assertNull(fills.of("t2"), "trades are kept apart");
    }

    @Test
    void theStreamsCancelEventAlsoShowsTheQuoteGoneWithItsFinalFill() {
        start(RouterStyle.MAKER_ENTRY, EntryMissPolicy.MARKET);
        enter(1_000, "t1");
        placed(1_010, 1, 77);
        tick(1_500);
        final List<DeskCommand> out = update(1_510, "rkrun1-e1", 77, OrderStatus.CANCELED,
            FixedPoint.parse("0.0025"));
        assertEquals(FixedPoint.parse("0.0075"), ((DeskCommand.Place) out.get(0)).plan().size());
        assertTrue(openOrders(1_530, 2).isEmpty(), "the late confirmation changes nothing");
    }

    @Test
    void aQuoteThatFilledBeforeItsCancelLandedIsAFillNotAMiss() {
        start(RouterStyle.MAKER_ENTRY, EntryMissPolicy.MARKET);
        enter(1_000, "t1");
        placed(1_010, 1, 77);
        tick(1_500);
        ack(1_510, 2, RestTopic.ORDER_CANCELED, AckOutcome.ALREADY_FILLED, 0, OrderStatus.NONE, 0);
        assertTrue(openOrders(1_520, 2).isEmpty());
        assertTrue(kinds().contains(DecisionKind.FILLED));
        assertFalse(kinds().contains(DecisionKind.MISSED), String.valueOf(kinds()));
    }

    @Test
    void anExitWaitsForItsTradesRestingQuoteAndClosesOnlyWhatTheEntryFilled() {
        start(RouterStyle.MAKER_ENTRY, EntryMissPolicy.RETRY);
        enter(1_000, "t1");
        placed(1_010, 1, 77);
        update(1_100, "rkrun1-e1", 77, OrderStatus.PARTIALLY_FILLED, FixedPoint.parse("0.004"));
        final List<DeskCommand> out = intent(1_200, IntentAction.EXIT, "t1", SIZE, ExitReason.MAX_HOLD);
        final DeskCommand.Cancel cancel = assertInstanceOf(DeskCommand.Cancel.class, out.get(0));
        assertEquals(1, out.size(), "the exit waits for the quote");
        assertEquals(77, cancel.orderId());
        final DeskCommand.Place exit = assertInstanceOf(DeskCommand.Place.class, openOrders(1_250, 2).get(0));
        assertEquals(PlanAction.EXIT, exit.plan().action());
        assertEquals(OrderType.MARKET, exit.plan().type());
        assertEquals(FixedPoint.parse("0.004"), exit.plan().size());
        assertFalse(kinds().contains(DecisionKind.MISSED), "no miss policy for a quote the exit cancelled");
    }

    @Test
    void anExitOfATradeWhoseQuoteNeverFilledSendsNothing() {
        start(RouterStyle.MAKER_ENTRY, EntryMissPolicy.MARKET);
        enter(1_000, "t1");
        placed(1_010, 1, 77);
        intent(1_200, IntentAction.EXIT, "t1", SIZE, ExitReason.MAX_HOLD);
        assertTrue(openOrders(1_250, 2).isEmpty());
        assertEquals(1, desk.counters().nothingToClose());
        assertEquals(DecisionKind.NOTHING_TO_CLOSE, decisions.get(decisions.size() - 1).kind());
    }

    @Test
    void aQuoteTheVenueRefusesIsAMissUnderTheEntryPolicy() {
        start(RouterStyle.MAKER_ENTRY, EntryMissPolicy.RETRY);
        enter(1_000, "t1");
        final List<DeskCommand> out = ack(1_010, 1, RestTopic.ORDER_PLACED, AckOutcome.REFUSED, 0, OrderStatus.NONE, 0);
        final DeskCommand.Place retry = assertInstanceOf(DeskCommand.Place.class, out.get(0));
        assertEquals("t1-r1", retry.plan().tradeId());
        assertEquals(PlanReason.MAKER_ENTRY_RETRY, retry.plan().reason());
        assertEquals(1, desk.counters().refused());
    }

    @Test
    void aRateLimitedEntryIsDroppedAndNeverSentAgain() {
        start(RouterStyle.MAKER_ENTRY, EntryMissPolicy.RETRY);
        enter(1_000, "t1");
        assertTrue(ack(1_010, 1, RestTopic.ORDER_PLACED, AckOutcome.RATE_LIMITED, 0, OrderStatus.NONE, 0).isEmpty());
        for (long t = 1_100; t < 5_000; t += 100) {
            assertTrue(tick(t).isEmpty());
        }
        assertFalse(desk.needsTicks());
        assertEquals(1, desk.counters().dropped());
        assertEquals(1, desk.counters().submitted());
    }

    @Test
    void anExitWithoutReplyIsSentAgainOnlyWhenTheStreamShowedNoTraceOfIt() {
        start(RouterStyle.TAKER, EntryMissPolicy.SKIP);
        intent(1_000, IntentAction.EXIT, "a", SIZE, ExitReason.MAX_HOLD);
        ack(1_010, 1, RestTopic.ORDER_PLACED, AckOutcome.NO_REPLY, 0, OrderStatus.NONE, 0);
        assertTrue(tick(1_900).isEmpty(), "not before the re-send delay");
        final DeskCommand.Place again = assertInstanceOf(DeskCommand.Place.class, tick(2_010).get(0));
        assertEquals("rkrun1-x2", again.clientOrderId());
        assertEquals(PlanAction.EXIT, again.plan().action());

        intent(3_000, IntentAction.EXIT, "b", SIZE, ExitReason.MAX_HOLD);
        ack(3_010, 3, RestTopic.ORDER_PLACED, AckOutcome.NO_REPLY, 0, OrderStatus.NONE, 0);
        update(3_020, "rkrun1-x3", 88, OrderStatus.NEW, 0);
        assertTrue(tick(4_100).isEmpty(), "the stream saw it: it is on the venue, not sent twice");
        assertEquals(1, desk.counters().exitResends());
    }

    @Test
    void anExitIsAbandonedLoudlyOnlyAfterItsAllowedResends() {
        start(RouterStyle.TAKER, EntryMissPolicy.SKIP);
        intent(1_000, IntentAction.EXIT, "a", SIZE, ExitReason.MAX_HOLD);
        long command = 1;
        long t = 1_010;
        for (int i = 0; i < 2; i++) {
            ack(t, command, RestTopic.ORDER_PLACED, AckOutcome.RATE_LIMITED, 0, OrderStatus.NONE, 0);
            t += 1_000;
            command = ((DeskCommand.Place) tick(t).get(0)).commandId();
        }
        ack(t + 10, command, RestTopic.ORDER_PLACED, AckOutcome.RATE_LIMITED, 0, OrderStatus.NONE, 0);
        assertTrue(tick(t + 2_000).isEmpty());
        assertEquals(1, desk.counters().exitsAbandoned());
        assertEquals(2, desk.counters().exitResends());
    }

    @Test
    void intentsBeforeTheSessionRecordAreDroppedNotGuessedAt() {
        desk = new OrderDesk(new ExecutionRouter(RouterSettings.defaults()), DeskSettings.defaults(),
            decisions::add);
        assertTrue(enter(1_000, "t1").isEmpty());
        assertEquals(1, desk.counters().dropped());
        assertTrue(decisions.isEmpty());
    }

    @Test
    void eventsOfOrdersTheDeskDoesNotTrackAreCountedAndIgnored() {
        start(RouterStyle.TAKER, EntryMissPolicy.SKIP);
        assertTrue(update(1_000, "rkotherrun-e5", 1, OrderStatus.FILLED, SIZE).isEmpty());
        assertEquals(1, desk.counters().untrackedEvents());
    }

    @Test
    void theSameInputsGiveTheSameDecisions() {
        final List<List<Decision>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            decisions.clear();
            seq = 0;
            start(RouterStyle.MAKER_BOTH, EntryMissPolicy.RETRY);
            enter(1_000, "t1");
            placed(1_010, 1, 77);
            tick(1_500);
            openOrders(1_520, 2);
            tick(2_100);
            openOrders(2_120, 4);
            runs.add(List.copyOf(decisions));
        }
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(List.of(MissAction.RETRY, MissAction.SKIP), runs.get(0).stream()
            .filter(d -> d.kind() == DecisionKind.MISSED).map(Decision::miss).toList());
    }
}
