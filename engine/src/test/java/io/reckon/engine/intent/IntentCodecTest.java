package io.reckon.engine.intent;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.IntentAction;
import io.reckon.engine.ring.IntentFields;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanRequest;
import io.reckon.engine.symbol.SymbolTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntentCodecTest {
    private final SymbolTable symbols = new SymbolTable(16);
    private final IntentCodec codec = new IntentCodec(symbols);

    private RingEvent decode(final String json) {
        final RingEvent e = new RingEvent(512);
        e.source = Source.INTENT;
        final byte[] b = json.getBytes(StandardCharsets.UTF_8);
        e.setPayload(b, 0, b.length);
        codec.decode(e);
        return e;
    }

    @Test
    void decodesAnEntryWithEveryField() {
        final RingEvent e = decode("{\"action\":\"ENTER\",\"tradeId\":\"t-17\",\"symbol\":\"BTC-USDT\","
            + "\"positionSide\":\"LONG\",\"size\":\"0.0100\",\"leverage\":5,\"referencePrice\":\"60000.5\","
            + "\"spreadBps\":1.25}");
        assertEquals(DecodedKind.INTENT, e.decoded);
        final IntentFields in = e.intent;
        assertEquals(IntentAction.ENTER, in.action);
        assertEquals("t-17", new String(in.tradeId, 0, in.tradeIdLength, StandardCharsets.US_ASCII));
        assertEquals(symbols.find("BTC-USDT".getBytes(StandardCharsets.US_ASCII), 0, 8), in.symbolId);
        assertEquals(PositionSide.LONG, in.positionSide);
        assertEquals(1_000_000L, in.size);
        assertEquals(5, in.leverage);
        assertEquals(ExitReason.NONE, in.exitReason);
        assertEquals(FixedPoint.parse("60000.5"), in.referencePrice);
        assertEquals(125_000_000L, in.spreadBps);
    }

    @Test
    void decodesAnExitWithItsOptionalFieldsAbsent() {
        final RingEvent e = decode(" { \"symbol\" : \"ETH-USDT\", \"action\":\"EXIT\", \"tradeId\":\"x\", "
            + "\"positionSide\":\"SHORT\", \"size\":2, \"reason\":\"TAKE_PROFIT\", \"future\":true } ");
        assertEquals(DecodedKind.INTENT, e.decoded);
        assertEquals(IntentAction.EXIT, e.intent.action);
        assertEquals(ExitReason.TAKE_PROFIT, e.intent.exitReason);
        assertEquals(2 * FixedPoint.SCALE, e.intent.size);
        assertEquals(0, e.intent.referencePrice);
        assertEquals(PlanRequest.SPREAD_UNKNOWN, e.intent.spreadBps);
    }

    @ParameterizedTest(name = "reason {0} -> {1}")
    @CsvSource({"TAKE_PROFIT, TAKE_PROFIT", "MAX_HOLD, MAX_HOLD", "CATASTROPHIC_LOSS, CATASTROPHIC_LOSS",
        "take_profit, OTHER", "WHATEVER, OTHER", "NONE, OTHER"})
    void exitReasonsTheRouterDoesNotKnowAreUrgent(final String reason, final ExitReason expected) {
        final RingEvent e = decode("{\"action\":\"EXIT\",\"tradeId\":\"t\",\"symbol\":\"S\",\"positionSide\":\"LONG\","
            + "\"size\":\"1\",\"reason\":\"" + reason + "\"}");
        assertEquals(expected, e.intent.exitReason);
    }

    @Test
    void anExitWithoutAReasonIsUrgentAndAnEntryNeverCarriesOne() {
        final String base = "\"tradeId\":\"t\",\"symbol\":\"S\",\"positionSide\":\"LONG\",\"size\":\"1\"";
        assertEquals(ExitReason.OTHER, decode("{\"action\":\"EXIT\"," + base + "}").intent.exitReason);
        assertEquals(ExitReason.NONE,
            decode("{\"action\":\"ENTER\"," + base + ",\"reason\":\"TAKE_PROFIT\"}").intent.exitReason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no action                 | {"tradeId":"t","symbol":"S","positionSide":"LONG","size":"1"}                                   | MISSING_FIELD      | action
        no trade id               | {"action":"ENTER","symbol":"S","positionSide":"LONG","size":"1"}                                | MISSING_FIELD      | tradeId
        empty trade id            | {"action":"ENTER","tradeId":"","symbol":"S","positionSide":"LONG","size":"1"}                   | MISSING_FIELD      | tradeId
        no symbol                 | {"action":"ENTER","tradeId":"t","positionSide":"LONG","size":"1"}                               | MISSING_FIELD      | symbol
        no side                   | {"action":"ENTER","tradeId":"t","symbol":"S","size":"1"}                                        | MISSING_FIELD      | positionSide
        no size                   | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG"}                             | MISSING_FIELD      | size
        unknown action            | {"action":"HOLD","tradeId":"t","symbol":"S","positionSide":"LONG","size":"1"}                   | ENUM_UNKNOWN       | action
        one-way side              | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"BOTH","size":"1"}                  | ENUM_UNKNOWN       | positionSide
        zero size                 | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"0"}                  | VALUE_OUT_OF_RANGE | size
        negative size             | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"-1"}                 | VALUE_OUT_OF_RANGE | size
        size exponent             | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"1e-3"}               | NUMBER_EXPONENT    | size
        size not a number         | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"abc"}                | NUMBER_NOT_DECIMAL | size
        size empty                | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":""}                   | NUMBER_EMPTY       | size
        size overflow             | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"99999999999999"}     | NUMBER_OVERFLOW    | size
        size is an object         | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":{"v":1}}              | WRONG_TYPE         | size
        action is a number        | {"action":1,"tradeId":"t","symbol":"S","positionSide":"LONG","size":"1"}                        | WRONG_TYPE         | action
        leverage too high         | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"1","leverage":1001}  | VALUE_OUT_OF_RANGE | leverage
        leverage fraction         | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"1","leverage":2.5}   | NUMBER_NOT_DECIMAL | leverage
        negative reference        | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"1","referencePrice":-5} | VALUE_OUT_OF_RANGE | referencePrice
        negative spread           | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"1","spreadBps":"-1"} | VALUE_OUT_OF_RANGE | spreadBps
        trade id of 41 bytes      | {"action":"ENTER","tradeId":"12345678901234567890123456789012345678901","symbol":"S","positionSide":"LONG","size":"1"} | STRING_TOO_LONG | tradeId
        escaped string            | {"action":"ENTER","tradeId":"a\\"b","symbol":"S","positionSide":"LONG","size":"1"}             | MALFORMED_JSON     | ''
        truncated                 | {"action":"ENTER","tradeId":"t"                                                                 | MALFORMED_JSON     | ''
        trailing garbage          | {"action":"ENTER","tradeId":"t","symbol":"S","positionSide":"LONG","size":"1"} x                | MALFORMED_JSON     | ''
        an array                  | [1,2]                                                                                           | NOT_AN_OBJECT      | ''
        empty                     | ''                                                                                              | MALFORMED_JSON     | ''
        """)
    void rejectsWithANamedReasonAndField(final String name, final String json, final RejectReason reason,
                                         final String field) {
        final RingEvent e = decode(json);
        assertEquals(DecodedKind.REJECTED, e.decoded, name);
        assertEquals(reason, e.reject, name);
        assertEquals(field, IntentField.name(e.rejectField), name);
        assertEquals(IntentAction.NONE, e.intent.action, "nothing of a rejected intent is kept");
    }

    @Test
    void anOversizePayloadIsTooLarge() {
        final RingEvent e = new RingEvent(8);
        e.source = Source.INTENT;
        final byte[] b = "{\"action\":\"ENTER\"}".getBytes(StandardCharsets.US_ASCII);
        e.setPayload(b, 0, b.length);
        codec.decode(e);
        assertEquals(RejectReason.FRAME_TOO_LARGE, e.reject);
    }

    @Test
    void whatTheEncoderWritesDecodesToTheSameIntent() {
        final IntentEncoder enc = new IntentEncoder();
        enc.exit("trade-9", "SOL-USDT", PositionSide.SHORT, FixedPoint.parse("12.30000001"), ExitReason.MAX_HOLD,
            FixedPoint.parse("150.25"), FixedPoint.parse("0.5"));
        final RingEvent e = decode(new String(enc.buffer(), 0, enc.length(), StandardCharsets.US_ASCII));
        assertEquals(DecodedKind.INTENT, e.decoded);
        assertEquals(IntentAction.EXIT, e.intent.action);
        assertEquals(PositionSide.SHORT, e.intent.positionSide);
        assertEquals(FixedPoint.parse("12.30000001"), e.intent.size);
        assertEquals(ExitReason.MAX_HOLD, e.intent.exitReason);
        assertEquals(FixedPoint.parse("150.25"), e.intent.referencePrice);
        assertEquals(50_000_000L, e.intent.spreadBps);

        enc.enter("t", "BTC-USDT", PositionSide.LONG, 1, 0, 0, PlanRequest.SPREAD_UNKNOWN);
        final String minimal = new String(enc.buffer(), 0, enc.length(), StandardCharsets.US_ASCII);
        assertEquals("{\"action\":\"ENTER\",\"tradeId\":\"t\",\"symbol\":\"BTC-USDT\",\"positionSide\":\"LONG\","
            + "\"size\":\"0.00000001\"}", minimal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty trade id   | ''        | LONG  | 1
        quote in id      | a"b       | LONG  | 1
        one-way side     | t         | BOTH  | 1
        zero size        | t         | LONG  | 0
        """)
    void theEncoderRefusesWhatTheDecoderWouldReject(final String name, final String tradeId,
                                                    final PositionSide side, final long size) {
        final IntentEncoder enc = new IntentEncoder();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> enc.enter(tradeId, "BTC-USDT", side, size, 0, 0, PlanRequest.SPREAD_UNKNOWN), name);
    }
}
