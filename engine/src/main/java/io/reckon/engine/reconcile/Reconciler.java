package io.reckon.engine.reconcile;

import io.reckon.config.ReconcileBounds;
import io.reckon.engine.ledger.Ledger;
import io.reckon.engine.ledger.PositionBook;
import io.reckon.engine.num.FixedPoint;

import java.util.Arrays;

/**
 * The reconcile stage: after every event, rules R1-R7 compare K with E and give each a signed delta (K − E), a
 * status and an explanation; the overall status is the worst, and the first rule that reached it is the worst
 * field. <b>A freeze means the books disagree</b>: a difference that settles with time is never an ERROR until it
 * has had the settlement window (event time, the receive stamp) to settle.
 *
 * <ul>
 *   <li>R1, capital vs wallet: a difference that is exactly what is in flight ({@link Ledger#inFlight()}: fills
 *   without their account update, account updates without their fill, a REST wallet ahead of the catch-up) is WARN
 *   {@link Explanation#FILL_IN_FLIGHT} for the window; otherwise the original bands (WARN up to the pending-fee bound,
 *   ERROR beyond).</li>
 *   <li>R2, per reducing fill: K's own realized against the venue's for that fill, within
 *   {@code realizedRounding + closed × price × entryRoundingFactor}; a fill beyond that is WARN for the window (its
 *   lost trades' realized may still be caught up) and ERROR after, until the next checked fill replaces it or every
 *   other rule agrees again ({@link Explanation#PAST_FILL_MISMATCH}, WARN: a freeze means the books disagree).</li>
 *   <li>R3 size, R4 notional, R5 used margin, R6 count, R7 entry: beyond their rounding bands, WARN
 *   {@link Explanation#SETTLEMENT_IN_FLIGHT} for the window (the account frame may precede or follow its fill), then
 *   ERROR.</li>
 * </ul>
 *
 * <p><b>ERROR freezes ENTERs; OK and WARN unfreeze</b> (a WARN is normal in-flight settlement);
 * the time spent frozen is tracked in event time.
 *
 * <p>Never throws; differences too large for a {@code long} saturate. Allocation-free.
 */
public final class Reconciler {
    private static final long NOT_MISMATCHED = -1;

    private final ReconcileBounds bounds;
    private final Ledger ledger;

    private final long[] delta = new long[ReconcileRule.COUNT];
    private final ReconcileStatus[] status = new ReconcileStatus[ReconcileRule.COUNT];
    private final Explanation[] explanation = new Explanation[ReconcileRule.COUNT];
    private ReconcileStatus overall = ReconcileStatus.OK;
    private ReconcileRule worst = ReconcileRule.NONE;

    /** Per (symbol, side) slot: event time the R3 mismatch was first seen, or {@link #NOT_MISMATCHED}. */
    private final long[] positionMismatchSince;
    /** Per (symbol, side) slot: event time the R7 entry mismatch was first seen, or {@link #NOT_MISMATCHED}. */
    private final long[] entryMismatchSince;
    private long capitalMismatchSince = NOT_MISMATCHED;
    private long notionalMismatchSince = NOT_MISMATCHED;
    private long marginMismatchSince = NOT_MISMATCHED;
    private long countMismatchSince = NOT_MISMATCHED;
    private long realizedChecks;
    private long realizedCheckedAt = NOT_MISMATCHED;

    private boolean frozen;
    private long frozenSinceMs;
    private long frozenClosedMs;
    private long nowMs;

    private long ruleDelta;
    private ReconcileStatus ruleStatus;
    private Explanation ruleExplanation;

    public Reconciler(final ReconcileBounds bounds, final Ledger ledger, final int maxSymbolId) {
        this.bounds = bounds;
        this.ledger = ledger;
        this.positionMismatchSince = new long[(maxSymbolId + 1) << 2];
        this.entryMismatchSince = new long[(maxSymbolId + 1) << 2];
        Arrays.fill(positionMismatchSince, NOT_MISMATCHED);
        Arrays.fill(entryMismatchSince, NOT_MISMATCHED);
        Arrays.fill(status, ReconcileStatus.SKIPPED);
        Arrays.fill(explanation, Explanation.NONE);
    }

    /** Runs R1-R7 against the ledger as it stands after the event received at {@code eventTimeMs}. */
    public void reconcile(final long eventTimeMs) {
        nowMs = eventTimeMs;
        capitalVsWallet();
        record(ReconcileRule.CAPITAL_VS_WALLET);
        positionQty();
        record(ReconcileRule.POSITION_QTY);
        openNotional();
        record(ReconcileRule.OPEN_NOTIONAL);
        usedMargin();
        record(ReconcileRule.USED_MARGIN);
        openPositions();
        record(ReconcileRule.OPEN_POSITIONS);
        entryPrice();
        record(ReconcileRule.ENTRY_PRICE);
        // last: whether a past fill's mismatch still freezes depends on whether the books agree now
        realizedPnl();
        record(ReconcileRule.REALIZED_PNL);

        overall = ReconcileStatus.OK;
        worst = ReconcileRule.NONE;
        for (int r = 0; r < ReconcileRule.COUNT; r++) {
            if (status[r].worseThan(overall)) {
                overall = status[r];
                worst = ReconcileRule.of(r);
            }
        }
        if (overall == ReconcileStatus.ERROR) {
            if (!frozen) {
                frozen = true;
                frozenSinceMs = nowMs;
            }
        } else if (frozen) {
            frozen = false;
            frozenClosedMs += Math.max(0, nowMs - frozenSinceMs);
        }
    }

    private void capitalVsWallet() {
        if (!ledger.seeded()) {
            skip(Explanation.UNSEEDED);
            return;
        }
        if (!ledger.hasWallet()) {
            skip(Explanation.NO_EXCHANGE_FACT);
            return;
        }
        final long d = difference(ledger.capital(), ledger.wallet());
        final long size = magnitude(d);
        if (size <= bounds.capitalEpsilon()) {
            capitalMismatchSince = NOT_MISMATCHED;
            set(d, ReconcileStatus.OK, Explanation.NONE);
            return;
        }
        if (capitalMismatchSince == NOT_MISMATCHED) {
            capitalMismatchSince = nowMs;
        }
        if (d == ledger.inFlight() && inFlight(capitalMismatchSince)) {
            set(d, ReconcileStatus.WARN, Explanation.FILL_IN_FLIGHT);
        } else if (size <= bounds.pendingFeeBound()) {
            set(d, ReconcileStatus.WARN, Explanation.UNSETTLED_FEE);
        } else {
            set(d, ReconcileStatus.ERROR, Explanation.MISMATCH);
        }
    }

    private void realizedPnl() {
        final long checks = ledger.realizedChecks();
        if (checks == 0) {
            skip(Explanation.NO_EXCHANGE_FACT);
            return;
        }
        if (checks != realizedChecks) {
            realizedChecks = checks;
            realizedCheckedAt = nowMs;
        }
        final long d = ledger.fillRealizedDelta();
        final long size = magnitude(d);
        if (size <= bounds.capitalEpsilon()) {
            set(d, ReconcileStatus.OK, Explanation.NONE);
        } else if (size <= perFillRealizedBound()) {
            set(d, ReconcileStatus.WARN, Explanation.LOT_STEP_ROUNDING);
        } else {
            if (inFlight(realizedCheckedAt)) {
                set(d, ReconcileStatus.WARN, Explanation.SETTLEMENT_IN_FLIGHT);
            } else if (booksAgree()) {
                set(d, ReconcileStatus.WARN, Explanation.PAST_FILL_MISMATCH);
            } else {
                set(d, ReconcileStatus.ERROR, Explanation.MISMATCH);
            }
        }
    }

    /**
     * Whether K and the venue agree now on everything but R2: the wallet and the positions have been reported and
     * no other rule is in ERROR or waiting for something in flight. A past fill whose realized disagreed is then
     * reported, not frozen on: the money and the positions agree, and with entries refused no later fill might ever
     * come to replace the check.
     */
    private boolean booksAgree() {
        if (status[ReconcileRule.CAPITAL_VS_WALLET.ordinal()] == ReconcileStatus.SKIPPED
            || status[ReconcileRule.POSITION_QTY.ordinal()] == ReconcileStatus.SKIPPED) {
            return false;
        }
        for (int r = 0; r < ReconcileRule.COUNT; r++) {
            if (r == ReconcileRule.REALIZED_PNL.ordinal()) {
                continue;
            }
            if (status[r] == ReconcileStatus.ERROR || explanation[r].inFlight()) {
                return false;
            }
        }
        return true;
    }

    /** The configured realized rounding plus a price rounding of the entry over the closed quantity. */
    private long perFillRealizedBound() {
        try {
            final long perUnit = priceRounding(ledger.fillRealizedPrice());
            return Math.addExact(bounds.realizedRounding(), FixedPoint.mul(perUnit, ledger.fillRealizedQty()));
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    private void positionQty() {
        perPosition(false);
    }

    /**
     * R7: where K and the venue hold the same nonzero size, their entries (a size difference is R3's). An entry moves
     * with its fill and the venue reports it with the account frame, so it settles like a size.
     */
    private void entryPrice() {
        perPosition(true);
    }

    /**
     * R3 (sizes) or R7 (entries), per (symbol, side): OK when equal (an entry within epsilon), WARN within the
     * rounding band (a lot step; an entry's price rounding), beyond that WARN in flight for the settlement window
     * from when that position first differed, then ERROR. The worst position gives the rule its verdict.
     */
    private void perPosition(final boolean entries) {
        if (!ledger.hasExchangePositions()) {
            skip(Explanation.NO_EXCHANGE_FACT);
            return;
        }
        final PositionBook k = ledger.kBook();
        final PositionBook e = ledger.eBook();
        final long[] since = entries ? entryMismatchSince : positionMismatchSince;
        final long tolerance = entries ? bounds.capitalEpsilon() : 0;
        ReconcileStatus worstStatus = ReconcileStatus.OK;
        Explanation worstExplanation = Explanation.NONE;
        long worstDelta = 0;
        final int symbols = ledger.touchedSymbols();
        for (int i = 0; i < symbols; i++) {
            final int symbol = ledger.touchedSymbol(i);
            for (int side = PositionBook.LONG; side <= PositionBook.BOTH; side++) {
                final int slot = PositionBook.slot(symbol, side);
                final long d = entries ? entryDifference(k, e, slot) : difference(k.size(slot), e.size(slot));
                final long gap = magnitude(d);
                if (gap <= tolerance) {
                    since[slot] = NOT_MISMATCHED;
                    continue;
                }
                final ReconcileStatus s;
                final Explanation x;
                if (gap <= (entries ? priceRounding(e.entry(slot)) : bounds.lotStep())) {
                    since[slot] = NOT_MISMATCHED;
                    s = ReconcileStatus.WARN;
                    x = entries ? Explanation.PRICE_ROUNDING : Explanation.LOT_STEP_ROUNDING;
                } else {
                    if (since[slot] == NOT_MISMATCHED) {
                        since[slot] = nowMs;
                    }
                    final boolean settling = inFlight(since[slot]);
                    s = settling ? ReconcileStatus.WARN : ReconcileStatus.ERROR;
                    x = settling ? Explanation.SETTLEMENT_IN_FLIGHT : Explanation.MISMATCH;
                }
                if (s.worseThan(worstStatus) || (s == worstStatus && gap > magnitude(worstDelta))) {
                    worstStatus = s;
                    worstExplanation = x;
                    worstDelta = d;
                }
            }
        }
        set(worstDelta, worstStatus, worstExplanation);
    }

    private static long entryDifference(final PositionBook k, final PositionBook e, final int slot) {
        final long size = k.size(slot);
        return size == 0 || size != e.size(slot) ? 0 : difference(k.entry(slot), e.entry(slot));
    }

    private void openNotional() {
        if (!ledger.hasExchangePositions()) {
            skip(Explanation.NO_EXCHANGE_FACT);
            return;
        }
        final long d = difference(ledger.openNotional(), ledger.exchangeOpenNotional());
        final long size = magnitude(d);
        if (size <= bounds.capitalEpsilon()) {
            notionalMismatchSince = NOT_MISMATCHED;
            set(d, ReconcileStatus.OK, Explanation.NONE);
        } else if (size <= stalenessBand(ledger.openNotional())) {
            notionalMismatchSince = NOT_MISMATCHED;
            set(d, ReconcileStatus.WARN, Explanation.MARK_PRICE_STALENESS);
        } else {
            if (notionalMismatchSince == NOT_MISMATCHED) {
                notionalMismatchSince = nowMs;
            }
            settlingOrError(d, notionalMismatchSince);
        }
    }

    /** A REST used margin races the stream's fills as a REST position does: beyond the band it may settle. */
    private void usedMargin() {
        if (!ledger.exchangeUsedMarginIsFresh()) {
            marginMismatchSince = NOT_MISMATCHED;
            skip(Explanation.NO_EXCHANGE_FACT);
            return;
        }
        final long d = difference(ledger.usedMargin(), ledger.exchangeUsedMargin());
        final long size = magnitude(d);
        if (size <= bounds.capitalEpsilon()) {
            marginMismatchSince = NOT_MISMATCHED;
            set(d, ReconcileStatus.OK, Explanation.NONE);
        } else if (size <= bounds.leverageRoundingBand()) {
            marginMismatchSince = NOT_MISMATCHED;
            set(d, ReconcileStatus.WARN, Explanation.LEVERAGE_ROUNDING);
        } else {
            if (marginMismatchSince == NOT_MISMATCHED) {
                marginMismatchSince = nowMs;
            }
            settlingOrError(d, marginMismatchSince);
        }
    }

    private void openPositions() {
        if (!ledger.hasExchangePositions()) {
            skip(Explanation.NO_EXCHANGE_FACT);
            return;
        }
        final long d = (long) ledger.openPositions() - ledger.exchangeOpenPositions();
        if (d == 0) {
            countMismatchSince = NOT_MISMATCHED;
            set(0, ReconcileStatus.OK, Explanation.NONE);
        } else {
            if (countMismatchSince == NOT_MISMATCHED) {
                countMismatchSince = nowMs;
            }
            settlingOrError(d, countMismatchSince);
        }
    }

    private long priceRounding(final long price) {
        try {
            return FixedPoint.mul(Math.abs(price), bounds.entryRoundingFactor());
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    private void settlingOrError(final long d, final long since) {
        if (inFlight(since)) {
            set(d, ReconcileStatus.WARN, Explanation.SETTLEMENT_IN_FLIGHT);
        } else {
            set(d, ReconcileStatus.ERROR, Explanation.MISMATCH);
        }
    }

    private boolean inFlight(final long sinceMs) {
        return nowMs - sinceMs < bounds.settlementWindowMs();
    }

    private long stalenessBand(final long notional) {
        try {
            return FixedPoint.mul(notional, bounds.markStalenessFactor());
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    private void skip(final Explanation why) {
        set(0, ReconcileStatus.SKIPPED, why);
    }

    private void set(final long d, final ReconcileStatus s, final Explanation x) {
        ruleDelta = d;
        ruleStatus = s;
        ruleExplanation = x;
    }

    private void record(final ReconcileRule rule) {
        delta[rule.ordinal()] = ruleDelta;
        status[rule.ordinal()] = ruleStatus;
        explanation[rule.ordinal()] = ruleExplanation;
    }

    /** {@code a − b}, saturating at the {@code long} range instead of wrapping. */
    static long difference(final long a, final long b) {
        final long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return a > b ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return r;
    }

    private static long magnitude(final long d) {
        return d == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(d);
    }

    public ReconcileStatus status() {
        return overall;
    }

    public ReconcileRule worstRule() {
        return worst;
    }

    public long delta(final ReconcileRule rule) {
        return delta[rule.ordinal()];
    }

    public ReconcileStatus status(final ReconcileRule rule) {
        return status[rule.ordinal()];
    }

    public Explanation explanation(final ReconcileRule rule) {
        return explanation[rule.ordinal()];
    }

    /** True while the latest overall status is ERROR: ENTERs are refused, exits never. */
    public boolean frozen() {
        return frozen;
    }

    /** How long the current freeze has lasted, in event time; 0 when not frozen. */
    public long frozenForMs() {
        return frozen ? Math.max(0, nowMs - frozenSinceMs) : 0;
    }

    /** Total time spent frozen since start, in event time, including the current freeze. */
    public long totalFrozenMs() {
        return frozenClosedMs + frozenForMs();
    }
}
