package io.reckon.engine.exec;

import io.reckon.engine.ring.AckFields;
import io.reckon.engine.ring.IntentFields;
import io.reckon.engine.ring.LeverageFields;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.RestTopic;

/**
 * One input of the execution desk, copied out of a ring slot by the {@link ExecutionFeed} on the consumer thread:
 * pre-allocated, pooled and reused, so the hand-off allocates nothing. Only the groups its {@link #kind} names are
 * meaningful.
 */
public final class ExecMessage {
    /** Open orders kept per confirmation; a longer list is marked {@link #openOrdersTruncated}. */
    public static final int OPEN_ORDER_CAPACITY = 64;
    public static final int SYMBOL_CAPACITY = 64;
    public static final int TEXT_CAPACITY = 128;

    public ExecMessageKind kind = ExecMessageKind.NONE;
    /** The ring sequence of the record this message was copied from. */
    public long sequence;
    /** The record's receive time, epoch milliseconds: the desk's only clock. */
    public long timeMs;
    /** For replies to a command: its id ({@link ExecChannel#commandOf}); 0 otherwise. */
    public long commandId;
    public RestTopic topic = RestTopic.NONE;

    public final IntentFields intent = new IntentFields();
    /** The intent's symbol in the venue's spelling. */
    public final byte[] symbol = new byte[SYMBOL_CAPACITY];
    public int symbolLength;

    public final OrderFields order = new OrderFields();
    public final AckFields ack = new AckFields();
    public final LeverageFields leverage = new LeverageFields();
    /** False when the record could not be decoded: the desk then knows only that a reply came. */
    public boolean decoded;

    /** Order ids of an open-orders confirmation, -1 when the list could not be read. */
    public int openOrderCount;
    public boolean openOrdersTruncated;
    public final long[] openOrderIds = new long[OPEN_ORDER_CAPACITY];

    /** The payload of an execution control record other than a tick. */
    public final byte[] text = new byte[TEXT_CAPACITY];
    public int textLength;

    void clear() {
        kind = ExecMessageKind.NONE;
        sequence = 0;
        timeMs = 0;
        commandId = 0;
        topic = RestTopic.NONE;
        intent.clear();
        symbolLength = 0;
        order.clear();
        ack.clear();
        leverage.clear();
        decoded = false;
        openOrderCount = 0;
        openOrdersTruncated = false;
        textLength = 0;
    }
}
