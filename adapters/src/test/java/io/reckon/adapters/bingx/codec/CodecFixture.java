package io.reckon.adapters.bingx.codec;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.OpenOrderTable;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.PositionTable;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.symbol.SymbolTable;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Test helper: a codec with its own tables and one slot, plus a canonical text dump of what it decoded. */
final class CodecFixture {
    static final int SLOT = 4096;

    final SymbolTable symbols = new SymbolTable(1024);
    final SymbolTable assets = new SymbolTable(64);
    final BingxCodec codec;
    final RingEvent event;

    CodecFixture() {
        this(SLOT, BingxCodec.DEFAULT_MAX_INFLATED_BYTES);
    }

    CodecFixture(final int slot, final int maxInflated) {
        codec = new BingxCodec(symbols, assets, maxInflated);
        event = new RingEvent(slot);
    }

    RingEvent ws(final String json) {
        return ws(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream payload as replay feeds it: already in the slot, decoded by {@code decode}. */
    RingEvent ws(final byte[] payload) {
        event.reset();
        event.source = Source.WS;
        event.setPayload(payload, 0, payload.length);
        codec.decode(event);
        return event;
    }

    RingEvent wire(final byte[] frame, final boolean binary) {
        return wire(ByteBuffer.wrap(frame), binary);
    }

    RingEvent wire(final ByteBuffer frame, final boolean binary) {
        event.reset();
        event.source = Source.WS;
        codec.fromWire(frame, binary, event);
        return event;
    }

    RingEvent rest(final RestTopic topic, final String json) {
        return rest(topic, json.getBytes(StandardCharsets.UTF_8));
    }

    RingEvent rest(final RestTopic topic, final byte[] body) {
        event.reset();
        event.source = Source.POLL;
        event.topic = topic;
        event.setPayload(body, 0, body.length);
        codec.decode(event);
        return event;
    }

    String symbol(final int id) {
        return symbols.name(id);
    }

    String asset(final int id) {
        return assets.name(id);
    }

    /** Everything the decoder may have written, in a fixed order, for comparing two decodes. */
    String describe() {
        final RingEvent e = event;
        final StringBuilder sb = new StringBuilder();
        sb.append(e.decoded).append(' ').append(e.reject).append(" field=").append(codec.fieldName(e.rejectField))
            .append('(').append(e.rejectField).append(") E=").append(e.eventTimeMs);
        final OrderFields o = e.order;
        sb.append("\norder s=").append(symbol(o.symbolId)).append(" i=").append(o.orderId)
            .append(" c=").append(new String(o.clientOrderId, 0, o.clientOrderIdLength, StandardCharsets.UTF_8))
            .append(' ').append(o.side).append(' ').append(o.positionSide).append(' ').append(o.type)
            .append(' ').append(o.execType).append(' ').append(o.status)
            .append(" q=").append(FixedPoint.toPlainString(o.quantity))
            .append(" p=").append(o.hasPrice ? FixedPoint.toPlainString(o.price) : "-")
            .append(" sp=").append(FixedPoint.toPlainString(o.stopPrice))
            .append(" ap=").append(FixedPoint.toPlainString(o.averagePrice))
            .append(" z=").append(FixedPoint.toPlainString(o.cumulativeQty))
            .append(" l=").append(o.hasLastQty ? FixedPoint.toPlainString(o.lastQty) : "-")
            .append(" L=").append(o.hasLastPrice ? FixedPoint.toPlainString(o.lastPrice) : "-")
            .append(" n=").append(o.hasFee ? FixedPoint.toPlainString(o.fee) : "-")
            .append(" N=").append(asset(o.feeAssetId))
            .append(" rp=").append(FixedPoint.toPlainString(o.realizedPnl))
            .append(" T=").append(o.tradeTimeMs).append(" ro=").append(o.reduceOnly);
        sb.append("\nbalance ").append(e.balance.reason).append(" present=").append(e.balance.present)
            .append(" asset=").append(asset(e.balance.assetId))
            .append(" wb=").append(FixedPoint.toPlainString(e.balance.walletBalance))
            .append(" cw=").append(e.balance.hasCrossWallet ? FixedPoint.toPlainString(e.balance.crossWallet) : "-")
            .append(" bc=").append(e.balance.hasBalanceChange
                ? FixedPoint.toPlainString(e.balance.balanceChange) : "-")
            .append(" eq=").append(e.balance.hasEquity ? FixedPoint.toPlainString(e.balance.equity) : "-")
            .append(" avail=").append(e.balance.hasAvailableMargin
                ? FixedPoint.toPlainString(e.balance.availableMargin) : "-")
            .append(" used=").append(e.balance.hasUsedMargin ? FixedPoint.toPlainString(e.balance.usedMargin) : "-")
            .append(" upnl=").append(e.balance.hasUnrealizedPnl
                ? FixedPoint.toPlainString(e.balance.unrealizedPnl) : "-");
        final PositionTable p = e.positions;
        for (int i = 0; i < p.count; i++) {
            sb.append("\nposition ").append(symbol(p.symbolId[i])).append(' ').append(p.side[i])
                .append(" size=").append(FixedPoint.toPlainString(p.size[i]))
                .append(" entry=").append(FixedPoint.toPlainString(p.entryPrice[i]))
                .append(" mark=").append(p.hasMarkPrice[i] ? FixedPoint.toPlainString(p.markPrice[i]) : "-")
                .append(" upnl=").append(FixedPoint.toPlainString(p.unrealizedPnl[i]))
                .append(" iw=").append(FixedPoint.toPlainString(p.isolatedMargin[i]))
                .append(" rpnl=").append(FixedPoint.toPlainString(p.realizedPnl[i]))
                .append(" lev=").append(p.leverage[i]).append(' ').append(p.marginMode[i]);
        }
        final OpenOrderTable oo = e.openOrders;
        for (int i = 0; i < oo.count; i++) {
            sb.append("\nopen ").append(oo.orderId[i]).append(' ').append(symbol(oo.symbolId[i])).append(' ')
                .append(oo.side[i]).append(' ').append(oo.positionSide[i]).append(' ').append(oo.status[i])
                .append(" q=").append(FixedPoint.toPlainString(oo.quantity[i]))
                .append(" p=").append(FixedPoint.toPlainString(oo.price[i]))
                .append(" z=").append(FixedPoint.toPlainString(oo.cumulativeQty[i]));
        }
        sb.append("\nleverage ").append(symbol(e.leverage.symbolId)).append(" l=").append(e.leverage.longLeverage)
            .append(" S=").append(e.leverage.shortLeverage).append(' ').append(e.leverage.marginMode);
        return sb.toString();
    }
}
