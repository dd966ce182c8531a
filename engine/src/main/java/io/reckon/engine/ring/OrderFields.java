package io.reckon.engine.ring;

/**
 * An order update as the venue reported it, in venue-neutral terms. Quantities and prices are 1e-8 fixed point;
 * {@code fee} keeps the venue's sign until the fee-sign stage fills {@link RingEvent#feeCost}.
 */
public final class OrderFields {
    public static final int CLIENT_ID_CAPACITY = 64;

    public int symbolId;
    public long orderId;
    public final byte[] clientOrderId = new byte[CLIENT_ID_CAPACITY];
    public int clientOrderIdLength;
    public Side side = Side.NONE;
    public PositionSide positionSide = PositionSide.NONE;
    public OrderType type = OrderType.NONE;
    public ExecType execType = ExecType.NONE;
    public OrderStatus status = OrderStatus.NONE;
    public long quantity;
    /** The order price; {@code hasPrice} is false when the venue sent {@code ""} (trigger orders). */
    public long price;
    public boolean hasPrice;
    public long stopPrice;
    public long averagePrice;
    public long cumulativeQty;
    /** Last fill quantity and price: optional on BingX. */
    public long lastQty;
    public boolean hasLastQty;
    public long lastPrice;
    public boolean hasLastPrice;
    public long fee;
    public boolean hasFee;
    public int feeAssetId;
    public long realizedPnl;
    public boolean reduceOnly;
    /** The venue's trade/update time in epoch ms; 0 when absent (BingX sends 0, use the event time). */
    public long tradeTimeMs;

    public void clear() {
        symbolId = 0;
        orderId = 0;
        clientOrderIdLength = 0;
        side = Side.NONE;
        positionSide = PositionSide.NONE;
        type = OrderType.NONE;
        execType = ExecType.NONE;
        status = OrderStatus.NONE;
        quantity = 0;
        price = 0;
        hasPrice = false;
        stopPrice = 0;
        averagePrice = 0;
        cumulativeQty = 0;
        lastQty = 0;
        hasLastQty = false;
        lastPrice = 0;
        hasLastPrice = false;
        fee = 0;
        hasFee = false;
        feeAssetId = 0;
        realizedPnl = 0;
        reduceOnly = false;
        tradeTimeMs = 0;
    }

    public void copyFrom(final OrderFields o) {
        symbolId = o.symbolId;
        orderId = o.orderId;
        System.arraycopy(o.clientOrderId, 0, clientOrderId, 0, o.clientOrderIdLength);
        clientOrderIdLength = o.clientOrderIdLength;
        side = o.side;
        positionSide = o.positionSide;
        type = o.type;
        execType = o.execType;
        status = o.status;
        quantity = o.quantity;
        price = o.price;
        hasPrice = o.hasPrice;
        stopPrice = o.stopPrice;
        averagePrice = o.averagePrice;
        cumulativeQty = o.cumulativeQty;
        lastQty = o.lastQty;
        hasLastQty = o.hasLastQty;
        lastPrice = o.lastPrice;
        hasLastPrice = o.hasLastPrice;
        fee = o.fee;
        hasFee = o.hasFee;
        feeAssetId = o.feeAssetId;
        realizedPnl = o.realizedPnl;
        reduceOnly = o.reduceOnly;
        tradeTimeMs = o.tradeTimeMs;
    }
}
