package io.reckon.engine.snapshot;

import io.reckon.engine.reconcile.Explanation;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.IntentVerdict;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.Source;

import java.util.Arrays;

/**
 * The account after one event: the event itself, K (the kernel's ledger), E (the venue's facts), the reconcile
 * result and the freeze, plus counts of every event kind and reject reason so far. One version per event.
 *
 * <p>A holder of primitive fields and pre-allocated arrays, like a ring slot: the kernel fills its working copy and
 * publishes it through {@link SnapshotPublisher}, whose readers {@link SnapshotPublisher#readInto read into} their
 * own instance. A reader's copy never changes under it. Amounts are 1e-8 fixed point.
 */
public final class Snapshot {
    // ---- version and the event that produced it
    /** 1 for the first event the kernel saw, +1 per event; 0 before any. */
    public long version;
    public long sequence;
    public long recvTimeNanos;
    public long eventTimeMs;
    public Source source = Source.WS;
    public EventKind kind = EventKind.NONE;
    public RejectReason reject = RejectReason.NONE;
    public int symbolId;
    public long orderId;
    public long fillQty;
    public long fillPrice;
    public long feeCost;
    public long realizedPnl;
    public long fundingPaid;
    public long transferAmount;
    /** The freeze gate's verdict when the event is an intent; {@link IntentVerdict#NONE} otherwise. */
    public IntentVerdict intentVerdict = IntentVerdict.NONE;
    /** What the venue said when the event is one of our REST order replies; {@link AckOutcome#NONE} otherwise. */
    public AckOutcome ackOutcome = AckOutcome.NONE;

    // ---- K
    public boolean seeded;
    public long seed;
    public long capital;
    public long realized;
    public long fees;
    public long funding;
    public long transfers;
    public long openNotional;
    public long usedMargin;
    public long available;
    public int openPositions;
    public long peakCapital;
    /** K's realized PnL computed from its own book, compared with the venue's in R2. */
    public long ownRealized;

    // ---- E
    public boolean hasWallet;
    public long wallet;
    public long crossWallet;
    public long exchangeAvailable;
    public long exchangeUsedMargin;
    public long exchangeUnrealized;
    public long exchangeRealized;
    public long exchangeOpenNotional;
    public int exchangeOpenPositions;

    // ---- reconcile
    public ReconcileStatus status = ReconcileStatus.OK;
    public ReconcileRule worstRule = ReconcileRule.NONE;
    /** Per rule, indexed by {@link ReconcileRule#ordinal()}: K − E. */
    public final long[] ruleDelta = new long[ReconcileRule.COUNT];
    public final ReconcileStatus[] ruleStatus = new ReconcileStatus[ReconcileRule.COUNT];
    public final Explanation[] ruleExplanation = new Explanation[ReconcileRule.COUNT];
    public boolean frozen;
    public long frozenForMs;
    public long totalFrozenMs;

    // ---- counts since start
    /** Indexed by {@link EventKind#ordinal()}. */
    public final long[] kindCounts = new long[EventKind.count()];
    /** Indexed by {@link RejectReason#ordinal()}. */
    public final long[] rejectCounts = new long[RejectReason.count()];
    /** Fills whose venue last-fill quantity disagreed with the change in cumulative quantity (which was booked). */
    public long lastQtyMismatches;
    /** Fills booked from the venue's order history: quantity the stream never delivered (missed while blind). */
    public long catchUpFills;
    /**
     * Orders whose quantity the stream delivered but whose commission or realized PnL it missed (a lost middle
     * trade): the difference was booked from the order history.
     */
    public long catchUpAdjustments;
    /** Funding settlements booked from the venue's income history because the stream never delivered them. */
    public long catchUpFunding;
    /** Fills booked out of arrival order: a late fill re-derived its position in venue time. */
    public long rederivedFills;
    /** Intents by verdict, indexed by {@link IntentVerdict#ordinal()}: accepted, refused while frozen. */
    public final long[] intentVerdictCounts = new long[IntentVerdict.count()];
    /** Our REST order replies by outcome, indexed by {@link AckOutcome#ordinal()}. */
    public final long[] ackOutcomeCounts = new long[AckOutcome.count()];

    /** The ledger's state hash as of {@link #stateHashVersion} (taken every hash interval), 0 before the first. */
    public long stateHash;
    public long stateHashVersion;

    public Snapshot() {
        Arrays.fill(ruleStatus, ReconcileStatus.SKIPPED);
        Arrays.fill(ruleExplanation, Explanation.NONE);
    }

    public long delta(final ReconcileRule rule) {
        return ruleDelta[rule.ordinal()];
    }

    public ReconcileStatus status(final ReconcileRule rule) {
        return ruleStatus[rule.ordinal()];
    }

    public Explanation explanation(final ReconcileRule rule) {
        return ruleExplanation[rule.ordinal()];
    }

    public long count(final EventKind k) {
        return kindCounts[k.ordinal()];
    }

    public long count(final RejectReason r) {
        return rejectCounts[r.ordinal()];
    }

    public long count(final IntentVerdict v) {
        return intentVerdictCounts[v.ordinal()];
    }

    public long count(final AckOutcome o) {
        return ackOutcomeCounts[o.ordinal()];
    }

    /** Copies every field of {@code o}; allocation-free. */
    public void copyFrom(final Snapshot o) {
        version = o.version;
        sequence = o.sequence;
        recvTimeNanos = o.recvTimeNanos;
        eventTimeMs = o.eventTimeMs;
        source = o.source;
        kind = o.kind;
        reject = o.reject;
        symbolId = o.symbolId;
        orderId = o.orderId;
        fillQty = o.fillQty;
        fillPrice = o.fillPrice;
        feeCost = o.feeCost;
        realizedPnl = o.realizedPnl;
        fundingPaid = o.fundingPaid;
        transferAmount = o.transferAmount;
        intentVerdict = o.intentVerdict;
        ackOutcome = o.ackOutcome;

        seeded = o.seeded;
        seed = o.seed;
        capital = o.capital;
        realized = o.realized;
        fees = o.fees;
        funding = o.funding;
        transfers = o.transfers;
        openNotional = o.openNotional;
        usedMargin = o.usedMargin;
        available = o.available;
        openPositions = o.openPositions;
        peakCapital = o.peakCapital;
        ownRealized = o.ownRealized;

        hasWallet = o.hasWallet;
        wallet = o.wallet;
        crossWallet = o.crossWallet;
        exchangeAvailable = o.exchangeAvailable;
        exchangeUsedMargin = o.exchangeUsedMargin;
        exchangeUnrealized = o.exchangeUnrealized;
        exchangeRealized = o.exchangeRealized;
        exchangeOpenNotional = o.exchangeOpenNotional;
        exchangeOpenPositions = o.exchangeOpenPositions;

        status = o.status;
        worstRule = o.worstRule;
        System.arraycopy(o.ruleDelta, 0, ruleDelta, 0, ReconcileRule.COUNT);
        System.arraycopy(o.ruleStatus, 0, ruleStatus, 0, ReconcileRule.COUNT);
        System.arraycopy(o.ruleExplanation, 0, ruleExplanation, 0, ReconcileRule.COUNT);
        frozen = o.frozen;
        frozenForMs = o.frozenForMs;
        totalFrozenMs = o.totalFrozenMs;

        System.arraycopy(o.kindCounts, 0, kindCounts, 0, kindCounts.length);
        System.arraycopy(o.rejectCounts, 0, rejectCounts, 0, rejectCounts.length);
        lastQtyMismatches = o.lastQtyMismatches;
        catchUpFills = o.catchUpFills;
        catchUpAdjustments = o.catchUpAdjustments;
        catchUpFunding = o.catchUpFunding;
        rederivedFills = o.rederivedFills;
        System.arraycopy(o.intentVerdictCounts, 0, intentVerdictCounts, 0, intentVerdictCounts.length);
        System.arraycopy(o.ackOutcomeCounts, 0, ackOutcomeCounts, 0, ackOutcomeCounts.length);
        stateHash = o.stateHash;
        stateHashVersion = o.stateHashVersion;
    }
}
