package io.reckon.engine.ring;

/** Open orders from a REST snapshot: enough to tell which of our working orders the venue still holds. */
public final class OpenOrderTable {
    public static final int CAPACITY = 256;

    public int count;
    public final long[] orderId = new long[CAPACITY];
    public final int[] symbolId = new int[CAPACITY];
    public final Side[] side = new Side[CAPACITY];
    public final PositionSide[] positionSide = new PositionSide[CAPACITY];
    public final long[] quantity = new long[CAPACITY];
    public final long[] price = new long[CAPACITY];
    public final long[] cumulativeQty = new long[CAPACITY];
    public final OrderStatus[] status = new OrderStatus[CAPACITY];

    public int add() {
        if (count == CAPACITY) {
            return -1;
        }
        final int i = count++;
        orderId[i] = 0;
        symbolId[i] = 0;
        side[i] = Side.NONE;
        positionSide[i] = PositionSide.NONE;
        quantity[i] = 0;
        price[i] = 0;
        cumulativeQty[i] = 0;
        status[i] = OrderStatus.NONE;
        return i;
    }

    public void clear() {
        count = 0;
    }
}
