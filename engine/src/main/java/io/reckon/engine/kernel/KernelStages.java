package io.reckon.engine.kernel;

import io.reckon.engine.feesign.FeeSign;
import io.reckon.engine.ledger.Ledger;
import io.reckon.engine.normalise.AccountUpdateDedup;
import io.reckon.engine.normalise.FundingMemory;
import io.reckon.engine.normalise.Normaliser;
import io.reckon.engine.normalise.OrderStateTable;
import io.reckon.engine.num.Mix64;
import io.reckon.engine.pipeline.BusinessStages;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.Reconciler;
import io.reckon.engine.ring.AckOutcome;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.IncomeTable;
import io.reckon.engine.ring.IntentVerdict;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.engine.snapshot.SnapshotPublisher;
import io.reckon.engine.symbol.SymbolTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernel's business stages run in order on the consumer thread for every event, after the journal:
 * {@link Normaliser} → {@link FeeSign} → {@link Ledger} fold → {@link Reconciler} → snapshot publish.
 *
 * <p>Right after reconcile, the freeze gate gives each decoded intent its verdict: an ENTER is refused while the
 * latest status is ERROR, an EXIT is always accepted. Each verdict and each ack outcome is counted in the snapshot.
 *
 * <p>An event the decoder rejected changes no ledger state; it is counted under its {@link RejectReason} and still
 * produces a snapshot. An event whose fold overflows is rejected here as {@link RejectReason#FOLD_OVERFLOW} and
 * leaves no trace in any stage (the normaliser commits only after the fold succeeded, the fold rolls itself back).
 *
 * <p>Single-threaded, deterministic (time is the event's receive stamp) and allocation-free after warm-up, except
 * for the warning logged on a fold overflow. The constructor interns the settlement asset into the shared symbol
 * table, so build this before producers start decoding.
 */
public final class KernelStages implements BusinessStages {
    private static final Logger LOG = LoggerFactory.getLogger(KernelStages.class);
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final Normaliser normaliser;
    private final FeeSign feeSign;
    private final Ledger ledger;
    private final Reconciler reconciler;
    private final SnapshotPublisher publisher = new SnapshotPublisher();
    private final SnapshotListener listener;
    /** Also where the event counts are kept: counted in place, they need no copy per event. */
    private final Snapshot working = new Snapshot();
    private final IntentGate gate = new IntentGate(working.intentVerdictCounts);
    private final int hashInterval;
    /**
     * Events until the next state-hash checkpoint, the only count of the hash interval: the snapshot carries the
     * hash and the consumer journals it. A countdown, not {@code version % hashInterval} (a division).
     */
    private int untilHash;
    private long version;

    public KernelStages(final KernelConfig config, final SymbolTable symbols, final SnapshotListener listener) {
        final int maxSymbolId = symbols.capacity();
        final int settlementAssetId = symbols.intern(config.settlementAsset());
        if (settlementAssetId < 0) {
            throw new IllegalArgumentException("symbol table is full; cannot intern " + config.settlementAsset());
        }
        this.normaliser = new Normaliser(
            new OrderStateTable(config.maxOpenOrders(), config.terminalOrderMemory()),
            new AccountUpdateDedup(config.accountDedupMemory()),
            new FundingMemory(config.fundingMemory(), config.fundingMatchWindowMs(), IncomeTable.CAPACITY),
            new FundingMemory(config.fundingMemory(), config.fundingMatchWindowMs(), IncomeTable.CAPACITY),
            settlementAssetId, maxSymbolId);
        this.feeSign = new FeeSign(config.feeConvention());
        this.ledger = new Ledger(config.seedCapital(), config.defaultLeverage(), maxSymbolId, settlementAssetId,
            config.fillMemory());
        this.reconciler = new Reconciler(config.bounds(), ledger, maxSymbolId);
        this.listener = listener;
        this.hashInterval = config.hashInterval();
        this.untilHash = hashInterval;
        fillState();
    }

    @Override
    public boolean onEvent(final RingEvent e) {
        normaliser.normalise(e);
        if (e.kind != EventKind.REJECTED) {
            if (feeSign.apply(e) && ledger.fold(e)) {
                normaliser.commit();
            } else {
                normaliser.discard();
                e.clearNormalised();
                e.rejectAs(RejectReason.FOLD_OVERFLOW, 0);
                e.kind = EventKind.REJECTED;
                LOG.warn("event {} rejected: its amounts overflow the ledger's fixed point", e.sequence);
            }
        }
        reconciler.reconcile(e.recvTimeNanos / NANOS_PER_MILLI);
        gate.apply(e, reconciler.frozen());
        version++;
        final Snapshot s = working;
        s.kindCounts[e.kind.ordinal()]++;
        if (e.kind == EventKind.REJECTED) {
            s.rejectCounts[e.reject.ordinal()]++;
        } else if (e.kind == EventKind.ACK) {
            s.ackOutcomeCounts[e.ack.outcome.ordinal()]++;
        }
        fillEvent(e);
        fillState();
        final boolean checkpoint = hashInterval > 0 && --untilHash == 0;
        if (checkpoint) {
            untilHash = hashInterval;
            working.stateHash = stateHash();
            working.stateHashVersion = version;
        }
        publisher.publish(working);
        listener.onSnapshot(working);
        return checkpoint;
    }

    /** The hash the snapshot carries: the one the consumer journals after an event that took a checkpoint. */
    @Override
    public long checkpointHash() {
        return working.stateHash;
    }

    /**
     * Hash of the whole ledger state: K accumulators and positions, E facts, marks and leverage, the per-order
     * cumulative table, the account dedup memory and the funding memory. Each part combines its entries commutatively, so hash-map
     * iteration order never matters; equal histories give equal hashes.
     */
    @Override
    public long stateHash() {
        return Mix64.combine(ledger.stateHash(), normaliser.stateHash());
    }

    private void fillEvent(final RingEvent e) {
        final Snapshot s = working;
        s.version = version;
        s.sequence = e.sequence;
        s.recvTimeNanos = e.recvTimeNanos;
        s.eventTimeMs = e.eventTimeMs;
        s.source = e.source;
        s.kind = e.kind;
        s.reject = e.kind == EventKind.REJECTED ? e.reject : RejectReason.NONE;
        s.symbolId = e.order.symbolId;
        s.orderId = e.order.orderId;
        s.fillQty = e.fillQty;
        s.fillPrice = e.fillPrice;
        s.feeCost = e.feeCost;
        s.realizedPnl = e.realizedPnl;
        s.fundingPaid = e.fundingPaid;
        s.transferAmount = e.transferAmount;
        s.intentVerdict = e.kind == EventKind.INTENT ? e.intent.verdict : IntentVerdict.NONE;
        s.ackOutcome = e.kind == EventKind.ACK ? e.ack.outcome : AckOutcome.NONE;
    }

    /** K, E, reconcile and counts; also run once at construction so that {@link #current()} shows the seed. */
    private void fillState() {
        final Snapshot s = working;
        final Ledger l = ledger;
        s.seeded = l.seeded();
        s.seed = l.seed();
        s.capital = l.capital();
        s.realized = l.realizedPnl();
        s.fees = l.feesPaid();
        s.funding = l.fundingPaid();
        s.transfers = l.transfers();
        s.openNotional = l.openNotional();
        s.usedMargin = l.usedMargin();
        s.available = l.availableMargin();
        s.openPositions = l.openPositions();
        s.peakCapital = l.peakCapital();
        s.ownRealized = l.ownRealizedPnl();
        s.rederivedFills = l.rederivedFills();

        s.hasWallet = l.hasWallet();
        s.wallet = l.wallet();
        s.crossWallet = l.crossWallet();
        s.exchangeAvailable = l.exchangeAvailable();
        s.exchangeUsedMargin = l.exchangeUsedMargin();
        s.exchangeUnrealized = l.exchangeUnrealized();
        s.exchangeRealized = l.exchangeRealized();
        s.exchangeOpenNotional = l.exchangeOpenNotional();
        s.exchangeOpenPositions = l.exchangeOpenPositions();

        final Reconciler r = reconciler;
        s.status = r.status();
        s.worstRule = r.worstRule();
        for (int i = 0; i < ReconcileRule.COUNT; i++) {
            final ReconcileRule rule = ReconcileRule.of(i);
            s.ruleDelta[i] = r.delta(rule);
            s.ruleStatus[i] = r.status(rule);
            s.ruleExplanation[i] = r.explanation(rule);
        }
        s.frozen = r.frozen();
        s.frozenForMs = r.frozenForMs();
        s.totalFrozenMs = r.totalFrozenMs();

        s.lastQtyMismatches = normaliser.lastQtyMismatches();
        s.catchUpFills = normaliser.catchUpFills();
        s.catchUpAdjustments = normaliser.catchUpAdjustments();
        s.catchUpFunding = normaliser.catchUpFunding();
    }

    /** Where readers on other threads get the latest snapshot. */
    public SnapshotPublisher publisher() {
        return publisher;
    }

    /** The snapshot of the last event: the consumer thread's working copy, to be read on that thread only. */
    public Snapshot current() {
        return working;
    }

    /** The ledger, for inspection on the consumer thread (positions per slot, marks). */
    public Ledger ledger() {
        return ledger;
    }
}
