package io.reckon.engine.testing;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.pipeline.VenueCodec;
import io.reckon.engine.pipeline.WireReader;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.symbol.SymbolTable;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The engine's stand-in for a venue codec (the real ones live in the adapters): a payload is the ASCII index of a
 * script event, built with {@link TestEvents}, whose decoded fields it copies into the slot. A payload of
 * {@link #THROW} makes {@link #decode} throw, anything else unreadable is rejected as malformed. Deterministic, so a
 * journal written through it replays through another instance built on the same script.
 */
public final class ScriptedCodec implements VenueCodec {
    /** A payload that makes the decoder throw, as a decoder bug would. */
    public static final String THROW = "throw";

    private final List<RingEvent> script;

    public ScriptedCodec(final List<RingEvent> script) {
        this.script = List.copyOf(script);
    }

    /** The payload that decodes as script event {@code index}. */
    public static byte[] payload(final int index) {
        return Integer.toString(index).getBytes(StandardCharsets.US_ASCII);
    }

    public int size() {
        return script.size();
    }

    public RingEvent event(final int index) {
        return script.get(index);
    }

    @Override
    public void decode(final RingEvent event) {
        final String text = new String(event.payload, 0, event.payloadLength, StandardCharsets.US_ASCII);
        if (THROW.equals(text)) {
            throw new IllegalStateException("scripted decoder fault");
        }
        final long index = FixedPoint.parseUnsignedLong(event.payload, 0, event.payloadLength);
        if (index < 0 || index >= script.size()) {
            event.rejectAs(RejectReason.MALFORMED_JSON, 0);
            return;
        }
        final Source source = event.source;
        TestEvents.copyDecoded(script.get((int) index), event);
        event.source = source;
    }

    @Override
    public String fieldName(final int fieldId) {
        return "field" + fieldId;
    }

    /** Copies a text frame as it is. */
    @Override
    public WireReader newWireReader() {
        return (wire, binary, into) -> {
            final int n = wire.remaining();
            final byte[] bytes = new byte[n];
            wire.get(bytes);
            into.setPayload(bytes, 0, n);
        };
    }

    /**
     * A short session on a seed of 1000 USDT, built on {@code symbols}: a BTC long opened in two fills with their
     * account updates, a heartbeat, an ETH short opened and half closed, then the BTC long closed. Every fill changes
     * the state hash.
     */
    public static List<RingEvent> session(final SymbolTable symbols) {
        final TestEvents ev = new TestEvents(symbols);
        return List.of(
            ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.004").avg("60000")
                .status(OrderStatus.PARTIALLY_FILLED).fee("-0.12").build(),
            ev.account(BalanceReason.ORDER).wallet("999.88")
                .position("BTC-USDT", PositionSide.LONG, "0.004", "60000").build(),
            ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01").avg("60060")
                .status(OrderStatus.FILLED).fee("-0.3003").build(),
            ev.account(BalanceReason.ORDER).wallet("999.6997")
                .position("BTC-USDT", PositionSide.LONG, "0.01", "60060").build(),
            ev.heartbeat(),
            ev.order(2).symbol("ETH-USDT").sell().hedgeShort().qty("0.5").cum("0.5").avg("3000")
                .status(OrderStatus.FILLED).fee("-0.75").build(),
            ev.order(3).symbol("ETH-USDT").buy().hedgeShort().qty("0.25").cum("0.25").avg("2990")
                .status(OrderStatus.FILLED).fee("-0.37375").rp("2.5").build(),
            ev.order(4).symbol("BTC-USDT").sell().hedgeLong().qty("0.01").cum("0.01").avg("60100")
                .status(OrderStatus.FILLED).fee("-0.601").rp("0.4").build(),
            ev.plain(DecodedKind.LISTEN_KEY_EXPIRED, Source.WS));
    }
}
