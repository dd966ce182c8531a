package io.reckon.engine.ring;

/**
 * One pre-allocated slot of the ring. A producer fills the envelope and payload (and, live, decodes in place);
 * the consumer thread's stages then read and write it in order: journal, normalise, fee sign, fold, reconcile.
 * Stages talk to each other only through these fields.
 *
 * <p>Fields are public and primitive (or references to enum constants and pre-allocated groups) in the manner of
 * a Disruptor event: nothing here allocates after construction, and {@link #reset()} returns the slot to a
 * known state before each reuse so that nothing of the previous event leaks into the next.
 */
public final class RingEvent {
    // ---- envelope: exactly what the journal records
    public Source source = Source.WS;
    public int venue;
    public long connectionId;
    /** Receive time, epoch nanoseconds, stamped by the producer from an injected clock. */
    public long recvTimeNanos;
    /** Engine sequence, assigned by the ring on publish. */
    public long sequence;
    public RestTopic topic = RestTopic.NONE;

    // ---- payload: inflated JSON for frames, the body for REST, our own encoding for intents and control
    public final byte[] payload;
    public int payloadLength;
    /**
     * True when the payload is still the venue's compressed wire bytes because inflating them failed; the decoder
     * then inflates again (and fails the same way), so replay reproduces the rejection.
     */
    public boolean compressed;
    /**
     * Set only for a payload larger than the slot (cold path, allocates): the whole payload is kept here so the
     * journal loses nothing, and the decoder rejects it as {@link RejectReason#FRAME_TOO_LARGE}.
     */
    public byte[] oversizePayload;

    // ---- decoded by the venue adapter
    public DecodedKind decoded = DecodedKind.NONE;
    public RejectReason reject = RejectReason.NONE;
    /** Decoder-specific detail of a rejection (the venue field that failed), journaled as text by the adapter. */
    public int rejectField;
    /** Venue event time in epoch milliseconds (BingX {@code E}; {@code T} is often 0). */
    public long eventTimeMs;
    public final OrderFields order = new OrderFields();
    public final BalanceFields balance = new BalanceFields();
    public final PositionTable positions = new PositionTable();
    public final OpenOrderTable openOrders = new OpenOrderTable();
    public final LeverageFields leverage = new LeverageFields();
    /** A REST order history ({@link DecodedKind#ORDER_HISTORY}): what the venue says each order has done. */
    public final OrderHistoryTable orderHistory = new OrderHistoryTable();
    /** A REST income history ({@link DecodedKind#INCOME_HISTORY}): the venue's fund flow. */
    public final IncomeTable income = new IncomeTable();
    /** Decoded from an {@link Source#INTENT} payload by the engine; the verdict is set by the kernel. */
    public final IntentFields intent = new IntentFields();
    /** Decoded from an {@link Source#ACK} payload (our own REST order reply) by the venue's codec. */
    public final AckFields ack = new AckFields();

    // ---- normalised by the engine
    public EventKind kind = EventKind.NONE;
    /** Fill quantity of this event: the change in cumulative filled quantity of the order. */
    public long fillQty;
    public long fillPrice;
    /** Fee of this fill in the kernel's sign: cost &gt; 0, rebate &lt; 0. */
    public long feeCost;
    public long realizedPnl;
    /** Funding paid (&gt; 0) or received (&lt; 0), for {@link EventKind#FUNDING}. */
    public long fundingPaid;
    /** Balance moved into (&gt; 0) or out of (&lt; 0) the account by a transfer. */
    public long transferAmount;

    public RingEvent(final int payloadCapacity) {
        this.payload = new byte[payloadCapacity];
    }

    /** Clears everything but the payload bytes themselves; called by producers before filling a claimed slot. */
    public void reset() {
        source = Source.WS;
        venue = 0;
        connectionId = 0;
        recvTimeNanos = 0;
        sequence = 0;
        topic = RestTopic.NONE;
        payloadLength = 0;
        compressed = false;
        oversizePayload = null;
        clearDecoded();
        clearNormalised();
    }

    public void clearDecoded() {
        decoded = DecodedKind.NONE;
        reject = RejectReason.NONE;
        rejectField = 0;
        eventTimeMs = 0;
        order.clear();
        balance.clear();
        positions.clear();
        openOrders.clear();
        leverage.clear();
        orderHistory.clear();
        income.clear();
        intent.clear();
        ack.clear();
    }

    public void clearNormalised() {
        kind = EventKind.NONE;
        fillQty = 0;
        fillPrice = 0;
        feeCost = 0;
        realizedPnl = 0;
        fundingPaid = 0;
        transferAmount = 0;
    }

    /**
     * Copies {@code length} bytes into the payload, or, when they do not fit, into {@link #oversizePayload}
     * (allocating on that cold path only).
     */
    public void setPayload(final byte[] src, final int offset, final int length) {
        if (length <= payload.length) {
            System.arraycopy(src, offset, payload, 0, length);
            payloadLength = length;
            oversizePayload = null;
        } else {
            oversizePayload = java.util.Arrays.copyOfRange(src, offset, offset + length);
            payloadLength = 0;
        }
    }

    public boolean isOversize() {
        return oversizePayload != null;
    }

    /** Marks the event rejected by the decoder. */
    public void rejectAs(final RejectReason reason, final int field) {
        decoded = DecodedKind.REJECTED;
        reject = reason;
        rejectField = field;
    }
}
