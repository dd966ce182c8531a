package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;
import io.reckon.engine.ring.Source;
import io.reckon.engine.symbol.SymbolTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our order replies ({@code ack} records): venue bodies as BingX and the simulator answer them, and reckon's notes. */
class BingxAckTest {
    private static final String PLACED = """
        {"code":0,"msg":"","data":{"order":{"symbol":"BTC-USDT","orderId":1767767539943940096,"side":"BUY",\
        "positionSide":"LONG","type":"MARKET","origQty":"0.0150","price":"60000.0","stopPrice":"",\
        "workingType":"MARK_PRICE","clientOrderID":"rkmwr1-e1","timeInForce":"GTC","status":"FILLED",\
        "avgPrice":"60000.1","executedQty":"0.0150"}}}""";
    private static final String CANCELLED = """
        {"code":0,"msg":"","data":{"order":{"symbol":"BTC-USDT","orderId":"1767767539943940096","side":"SELL",\
        "positionSide":"SHORT","type":"LIMIT","origQty":"0.0150","price":"60000.1","executedQty":"0.0040",\
        "avgPrice":"60000.1","cumQuote":"240.0","stopPrice":"","profit":"0.0000","commission":"-0.048000",\
        "status":"CANCELLED","time":1795000000000,"updateTime":1795000000500,"clientOrderId":"rkmwr1-e3",\
        "leverage":"10X","workingType":"MARK_PRICE","onlyOnePosition":false,"reduceOnly":false}}}""";

    private final SymbolTable symbols = new SymbolTable(16);
    private final BingxCodec codec = new BingxCodec(symbols, symbols);
    private final RingEvent event = new RingEvent(4096);

    private RingEvent ack(final RestTopic topic, final String body) {
        event.reset();
        event.source = Source.ACK;
        event.topic = topic;
        final byte[] b = body.getBytes(StandardCharsets.UTF_8);
        event.setPayload(b, 0, b.length);
        codec.decode(event);
        return event;
    }

    @Test
    void aPlacedOrderReplyGivesTheOrderAndItsImmediateFill() {
        final RingEvent e = ack(RestTopic.ORDER_PLACED, PLACED);
        assertAll(
            () -> assertEquals(DecodedKind.ORDER_ACK, e.decoded),
            () -> assertEquals(AckOutcome.ACCEPTED, e.ack.outcome),
            () -> assertEquals(0, e.ack.venueCode),
            () -> assertEquals(1_767_767_539_943_940_096L, e.order.orderId),
            () -> assertEquals("rkmwr1-e1", new String(e.order.clientOrderId, 0, e.order.clientOrderIdLength,
                StandardCharsets.US_ASCII)),
            () -> assertEquals("BTC-USDT", symbols.name(e.order.symbolId)),
            () -> assertEquals(Side.BUY, e.order.side),
            () -> assertEquals(PositionSide.LONG, e.order.positionSide),
            () -> assertEquals(OrderType.MARKET, e.order.type),
            () -> assertEquals(1_500_000L, e.order.quantity),
            () -> assertEquals(1_500_000L, e.order.cumulativeQty),
            () -> assertEquals(6_000_010_000_000L, e.order.averagePrice),
            () -> assertEquals(OrderStatus.FILLED, e.order.status));
    }

    @Test
    void aCancelReplyGivesTheFilledPartWithTheIdAsAString() {
        final RingEvent e = ack(RestTopic.ORDER_CANCELED, CANCELLED);
        assertAll(
            () -> assertEquals(AckOutcome.ACCEPTED, e.ack.outcome),
            () -> assertEquals(1_767_767_539_943_940_096L, e.order.orderId),
            () -> assertEquals(OrderStatus.CANCELED, e.order.status),
            () -> assertEquals(400_000L, e.order.cumulativeQty),
            () -> assertEquals("rkmwr1-e3", new String(e.order.clientOrderId, 0, e.order.clientOrderIdLength,
                StandardCharsets.US_ASCII)));
    }

    @Test
    void leverageRepliesGiveBothSidesOrTheOneThatWasSet() {
        RingEvent e = ack(RestTopic.LEVERAGE, "{\"code\":0,\"msg\":\"\",\"data\":{\"longLeverage\":12,"
            + "\"shortLeverage\":9,\"maxLongLeverage\":125,\"availableLongVol\":\"1.5\"}}");
        assertEquals(AckOutcome.ACCEPTED, e.ack.outcome);
        assertEquals(12, e.leverage.longLeverage);
        assertEquals(9, e.leverage.shortLeverage);
        e = ack(RestTopic.LEVERAGE, "{\"code\":0,\"msg\":\"\",\"data\":{\"leverage\":5,\"symbol\":\"ETH-USDT\"}}");
        assertEquals(5, e.leverage.longLeverage);
        assertEquals("ETH-USDT", symbols.name(e.leverage.symbolId));
    }

    @ParameterizedTest(name = "code {0} -> {1}")
    @CsvSource({
        "109429, RATE_LIMITED", "100410, RATE_LIMITED", "100409, RATE_LIMITED",
        "109421, UNKNOWN_ORDER", "80016, UNKNOWN_ORDER",
        "80018, ALREADY_FILLED",
        "109500, NO_REPLY", "80012, NO_REPLY", "109423, NO_REPLY",
        "101215, REFUSED", "101204, REFUSED", "109400, REFUSED", "101400, REFUSED", "-1, REFUSED"})
    void aBusinessErrorIsADecodedOutcomeWithItsCode(final long code, final AckOutcome outcome) {
        final RingEvent e = ack(RestTopic.ORDER_PLACED, "{\"code\":" + code + ",\"msg\":\"no\",\"data\":{}}");
        assertEquals(DecodedKind.ORDER_ACK, e.decoded);
        assertEquals(outcome, e.ack.outcome);
        assertEquals(code, e.ack.venueCode);
        assertFalse(e.ack.notSent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        {"reckon":"no_reply","error":"TIMEOUT"}          | NO_REPLY     | false
        {"reckon":"no_reply","error":"NETWORK"}          | NO_REPLY     | false
        {"reckon":"not_sent","error":"RATE_LIMITED"}     | RATE_LIMITED | true
        {"reckon":"not_sent","error":"QUANTITY_BELOW_STEP"} | REFUSED   | true
        """)
    void reckonsOwnNoteOfACallWithoutAVenueBody(final String body, final AckOutcome outcome,
                                                 final boolean notSent) {
        final RingEvent e = ack(RestTopic.ORDER_PLACED, body);
        assertEquals(DecodedKind.ORDER_ACK, e.decoded);
        assertEquals(outcome, e.ack.outcome);
        assertEquals(notSent, e.ack.notSent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no code         | {"msg":"","data":{}}                                     | MISSING_FIELD
        not json        | <html>502</html>                                         | MALFORMED_JSON
        truncated       | {"code":0,"data":{"order":{"orderId":1                   | MALFORMED_JSON
        id overflow     | {"code":0,"data":{"order":{"orderId":"99999999999999999999"}}} | ORDER_ID_OVERFLOW
        unknown side    | {"code":0,"data":{"order":{"side":"UP"}}}                | ENUM_UNKNOWN
        bad quantity    | {"code":0,"data":{"order":{"executedQty":"1e3"}}}        | NUMBER_EXPONENT
        order not object| {"code":0,"data":{"order":[1]}}                          | WRONG_TYPE
        empty           | ''                                                       | MALFORMED_JSON
        """)
    void anUnreadableReplyIsRejectedWithAReason(final String name, final String body, final RejectReason reason) {
        final RingEvent e = ack(RestTopic.ORDER_PLACED, body);
        assertEquals(DecodedKind.REJECTED, e.decoded, name);
        assertEquals(reason, e.reject, name);
    }

    @Test
    void decodingRepliesAllocatesNothingOnceTheSymbolIsKnown() {
        final byte[] placed = PLACED.getBytes(StandardCharsets.UTF_8);
        final byte[] cancelled = CANCELLED.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 50_000; i++) {
            decodeBoth(placed, cancelled);
        }
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        threads.getCurrentThreadAllocatedBytes();
        final long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            decodeBoth(placed, cancelled);
        }
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes over 200 000 replies");
        assertEquals(AckOutcome.ACCEPTED, event.ack.outcome);
    }

    private void decodeBoth(final byte[] placed, final byte[] cancelled) {
        event.reset();
        event.source = Source.ACK;
        event.topic = RestTopic.ORDER_PLACED;
        event.setPayload(placed, 0, placed.length);
        codec.decode(event);
        event.reset();
        event.source = Source.ACK;
        event.topic = RestTopic.ORDER_CANCELED;
        event.setPayload(cancelled, 0, cancelled.length);
        codec.decode(event);
    }
}
