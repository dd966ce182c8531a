package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON of every user-stream event, key for key as BingX sends it (BingX's documented events and the captures in
 * {@code frames/}): ORDER_TRADE_UPDATE with {@code i} as a string, {@code T: 0}, no {@code l}/{@code L},
 * negative {@code n} for a fee, {@code rp} and {@code n} of that trade, cumulative {@code z}; ACCOUNT_UPDATE with
 * {@code m}, {@code B} and the changed positions in {@code P} ({@code pa} unsigned, {@code ps} the side), and no
 * top-level {@code T} (absent in the live capture). Cold path: builds strings.
 */
final class Frames {
    static final String ASSET = "USDT";

    private Frames() {
    }

    /** Execution types of an ORDER_TRADE_UPDATE ({@code x}). */
    enum Exec {
        NEW,
        TRADE,
        CANCELED,
        EXPIRED
    }

    static String orderTradeUpdate(final SimOrder o, final Exec exec, final BigDecimal tradeRealized,
                                   final BigDecimal tradeFee, final long eventTimeMs) {
        final JsonOut j = new JsonOut().beginObject()
                .field("e", "ORDER_TRADE_UPDATE")
                .field("E", eventTimeMs)
                .name("o").beginObject()
                .field("s", o.symbol)
                .field("c", o.clientOrderId)
                .field("i", Long.toString(o.orderId))
                .field("S", o.side.name())
                .field("o", o.kind.name())
                .field("q", Decimals.wire8(o.origQty))
                .field("p", Decimals.wire8(o.price))
                .field("sp", Decimals.wire8(Decimals.ZERO))
                .field("ap", Decimals.wire8(o.avgPrice()))
                .field("x", exec.name())
                .field("X", o.state.name())
                .field("N", ASSET)
                .field("n", Decimals.wire8(tradeFee.negate()))
                .field("T", 0)
                .field("wt", "MARK_PRICE")
                .field("ps", o.positionSide.name())
                .field("rp", Decimals.wire8(tradeRealized))
                .field("z", Decimals.wire8(o.executedQty))
                .endObject()
                .endObject();
        return j.toString();
    }

    /** A position entry of ACCOUNT_UPDATE {@code P}. */
    record PositionEntry(PositionState position, BigDecimal mark) {
    }

    /**
     * ACCOUNT_UPDATE. {@code positions} null leaves {@code P} out entirely (funding, as BingX's cross-margin rule
     * says); an empty list writes {@code "P":[]} (transfers, as in the captured WITHDRAW frame).
     */
    static String accountUpdate(final String reason, final BigDecimal wallet, final BigDecimal balanceChange,
                                final List<PositionEntry> positions, final long eventTimeMs) {
        final JsonOut j = new JsonOut().beginObject()
                .field("e", "ACCOUNT_UPDATE")
                .field("E", eventTimeMs)
                .name("a").beginObject()
                .field("m", reason)
                .name("B").beginArray().beginObject()
                .field("a", ASSET)
                .field("wb", Decimals.wire8(wallet))
                .field("cw", Decimals.wire8(wallet))
                .field("bc", Decimals.wire8(balanceChange))
                .endObject().endArray();
        if (positions != null) {
            j.name("P").beginArray();
            for (final PositionEntry pe : positions) {
                final PositionState p = pe.position();
                j.beginObject()
                        .field("s", p.symbol)
                        .field("pa", Decimals.wire8(p.size))
                        .field("ep", Decimals.wire8(p.entry))
                        .field("up", Decimals.wire8(p.unrealized(pe.mark())))
                        .field("mt", "cross")
                        .field("iw", Decimals.wire8(Decimals.ZERO))
                        .field("ps", p.side.name())
                        .field("cr", Decimals.wire8(p.realized))
                        .endObject();
            }
            j.endArray();
        }
        return j.endObject().endObject().toString();
    }

    static String accountConfigUpdate(final String symbol, final int longLeverage, final int shortLeverage,
                                      final long eventTimeMs) {
        return new JsonOut().beginObject()
                .field("e", "ACCOUNT_CONFIG_UPDATE")
                .field("E", eventTimeMs)
                .name("ac").beginObject()
                .field("s", symbol)
                .field("l", longLeverage)
                .field("S", shortLeverage)
                .field("mt", "cross")
                .endObject()
                .endObject().toString();
    }

    static String listenKeyExpired(final String listenKey, final long eventTimeMs) {
        return new JsonOut().beginObject()
                .field("e", "listenKeyExpired")
                .field("E", eventTimeMs)
                .field("listenKey", listenKey)
                .endObject().toString();
    }

    /** BingX's answer to a client text it does not understand (ccxt#29052, renumbered 80014 → 109400). */
    static String invalidParams() {
        return new JsonOut().beginObject().field("code", 109_400).field("msg", "invalid params").endObject()
                .toString();
    }
}
