package io.reckon.engine.ring;

import java.util.Arrays;

/**
 * Orders from a REST order history (every order updated within a window, as the venue reports it after the fact):
 * one row per order with its cumulative state. Decoded columns are filled by the venue adapter; the normalised
 * columns below them by the engine, which books from each row what the kernel had not yet booked for that order.
 *
 * <p>Amounts are 1e-8 fixed point; {@code fee} keeps the venue's sign. A client order id is not copied: its bytes
 * stay in the slot's {@link RingEvent#payload} at {@code clientIdOffset}, raw (escapes undecoded), so a row costs
 * no byte buffer of its own.
 */
public final class OrderHistoryTable {
    /** About what one 64 KiB slot holds (a BingX order row is some 550 bytes of JSON). */
    public static final int CAPACITY = 128;

    public int count;
    public final long[] orderId = new long[CAPACITY];
    public final int[] symbolId = new int[CAPACITY];
    public final Side[] side = new Side[CAPACITY];
    public final PositionSide[] positionSide = new PositionSide[CAPACITY];
    public final OrderType[] type = new OrderType[CAPACITY];
    public final OrderStatus[] status = new OrderStatus[CAPACITY];
    public final long[] quantity = new long[CAPACITY];
    /** The order price, 0 when the venue sent none ({@code ""} on trigger orders). */
    public final long[] price = new long[CAPACITY];
    /** Cumulative executed quantity. */
    public final long[] cumulativeQty = new long[CAPACITY];
    public final long[] averagePrice = new long[CAPACITY];
    /** Cumulative commission of the order, in the venue's sign; meaningful only where {@code hasFee}. */
    public final long[] fee = new long[CAPACITY];
    public final boolean[] hasFee = new boolean[CAPACITY];
    /** Cumulative realized PnL of the order; meaningful only where {@code hasRealizedPnl}. */
    public final long[] realizedPnl = new long[CAPACITY];
    public final boolean[] hasRealizedPnl = new boolean[CAPACITY];
    /** The venue's last update of the order, epoch ms; 0 when absent. */
    public final long[] updateTimeMs = new long[CAPACITY];
    public final int[] clientIdOffset = new int[CAPACITY];
    /** Length of the client order id in the payload; 0 for none. */
    public final int[] clientIdLength = new int[CAPACITY];

    // ---- normalised by the engine
    /** What the kernel books from the row: the change in cumulative quantity against what it had booked. */
    public final long[] fillQty = new long[CAPACITY];
    public final long[] fillPrice = new long[CAPACITY];
    /** The change in cumulative commission, venue sign. */
    public final long[] fillFee = new long[CAPACITY];
    /** {@link #fillFee} in the kernel's sign (cost &gt; 0), set by the fee-sign stage. */
    public final long[] feeCost = new long[CAPACITY];
    /** The change in cumulative realized PnL. */
    public final long[] fillRealizedPnl = new long[CAPACITY];

    public OrderHistoryTable() {
        Arrays.fill(side, Side.NONE);
        Arrays.fill(positionSide, PositionSide.NONE);
        Arrays.fill(type, OrderType.NONE);
        Arrays.fill(status, OrderStatus.NONE);
    }

    /** Appends an empty row and returns its index, or -1 when full. */
    public int add() {
        if (count == CAPACITY) {
            return -1;
        }
        final int i = count++;
        orderId[i] = 0;
        symbolId[i] = 0;
        side[i] = Side.NONE;
        positionSide[i] = PositionSide.NONE;
        type[i] = OrderType.NONE;
        status[i] = OrderStatus.NONE;
        quantity[i] = 0;
        price[i] = 0;
        cumulativeQty[i] = 0;
        averagePrice[i] = 0;
        fee[i] = 0;
        hasFee[i] = false;
        realizedPnl[i] = 0;
        hasRealizedPnl[i] = false;
        updateTimeMs[i] = 0;
        clientIdOffset[i] = 0;
        clientIdLength[i] = 0;
        clearNormalised(i);
        return i;
    }

    /** Zeroes the engine's columns of one row. */
    public void clearNormalised(final int i) {
        fillQty[i] = 0;
        fillPrice[i] = 0;
        fillFee[i] = 0;
        feeCost[i] = 0;
        fillRealizedPnl[i] = 0;
    }

    public void clear() {
        count = 0;
    }
}
