package io.reckon.bench.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Baseline: the kernel's fill fold written the way a careful user would write it without reckon: {@code BigDecimal}
 * amounts, positions in a {@code HashMap} keyed by symbol and side, an immutable snapshot object per event. It
 * computes what {@code Ledger} computes for a fill (position size and weighted entry, K's own realized PnL on a
 * reducing fill, realized and fees, capital, peak, open notional at the last fill price, used margin at the
 * leverage, available) with the same rounding at each step, so both give the same numbers; only the machinery
 * differs. Allocates on every call, by design.
 */
public final class BigDecimalLedger {
    private static final int SCALE = 8;

    /** One fill in the kernel's terms: fee as a cost (&gt; 0), the venue's realized PnL of this trade. */
    public record Fill(String symbol, boolean buy, String positionSide, BigDecimal qty, BigDecimal price,
                      BigDecimal feeCost, BigDecimal realizedPnl) {
    }

    /** What the ledger says after an event. */
    public record Snapshot(long version, BigDecimal capital, BigDecimal realized, BigDecimal fees,
                           BigDecimal ownRealized, BigDecimal openNotional, BigDecimal usedMargin,
                           BigDecimal available, BigDecimal peak, int openPositions) {
    }

    private record Key(String symbol, String side) {
    }

    private static final class Position {
        BigDecimal size = BigDecimal.ZERO;
        BigDecimal entry = BigDecimal.ZERO;
    }

    private final Map<Key, Position> book = new HashMap<>();
    private final Map<String, BigDecimal> marks = new HashMap<>();
    private final BigDecimal seed;
    private final BigDecimal leverage;
    private BigDecimal realized = BigDecimal.ZERO;
    private BigDecimal fees = BigDecimal.ZERO;
    private BigDecimal funding = BigDecimal.ZERO;
    private BigDecimal ownRealized = BigDecimal.ZERO;
    private BigDecimal capital;
    private BigDecimal peak;
    private BigDecimal openNotional = BigDecimal.ZERO;
    private BigDecimal usedMargin = BigDecimal.ZERO;
    private BigDecimal available;
    private int openPositions;
    private long version;

    public BigDecimalLedger(final BigDecimal seed, final int leverage) {
        this.seed = seed;
        this.leverage = BigDecimal.valueOf(leverage);
        this.capital = seed;
        this.peak = seed;
        this.available = seed;
    }

    /** Folds a fill and returns the new snapshot. */
    public Snapshot fold(final Fill f) {
        final Position p = book.computeIfAbsent(new Key(f.symbol(), f.positionSide()), k -> new Position());
        BigDecimal own = BigDecimal.ZERO;
        if ("BOTH".equals(f.positionSide())) {
            final boolean increases = p.size.signum() == 0 || (p.size.signum() > 0) == f.buy();
            if (increases) {
                p.entry = weightedEntry(p.entry, p.size.abs(), f.price(), f.qty());
                p.size = f.buy() ? p.size.add(f.qty()) : p.size.subtract(f.qty());
            } else {
                final BigDecimal closed = p.size.abs().min(f.qty());
                own = closedPnl(p.size.signum() > 0, p.entry, f.price(), closed);
                final BigDecimal opened = f.qty().subtract(closed);
                if (opened.signum() == 0) {
                    p.size = f.buy() ? p.size.add(closed) : p.size.subtract(closed);
                } else {
                    p.size = f.buy() ? opened : opened.negate();
                    p.entry = f.price();
                }
            }
        } else {
            final boolean isLong = "LONG".equals(f.positionSide());
            if (isLong == f.buy()) {
                p.entry = weightedEntry(p.entry, p.size, f.price(), f.qty());
                p.size = p.size.add(f.qty());
            } else {
                final BigDecimal closed = p.size.min(f.qty());
                own = closedPnl(isLong, p.entry, f.price(), closed);
                p.size = p.size.subtract(closed);
            }
        }
        realized = realized.add(f.realizedPnl());
        fees = fees.add(f.feeCost());
        ownRealized = ownRealized.add(own);
        marks.put(f.symbol(), f.price());
        capital = seed.add(realized).subtract(fees).subtract(funding);
        peak = peak.max(capital);
        aggregates();
        return new Snapshot(++version, capital, realized, fees, ownRealized, openNotional, usedMargin, available,
            peak, openPositions);
    }

    /** Books funding paid (&gt; 0) or received; returns the new snapshot. */
    public Snapshot funding(final BigDecimal paid) {
        funding = funding.add(paid);
        capital = seed.add(realized).subtract(fees).subtract(funding);
        peak = peak.max(capital);
        available = capital.subtract(usedMargin);
        return new Snapshot(++version, capital, realized, fees, ownRealized, openNotional, usedMargin, available,
            peak, openPositions);
    }

    public BigDecimal capital() {
        return capital;
    }

    /** Size and entry of a position, or zeros. */
    public BigDecimal[] position(final String symbol, final String side) {
        final Position p = book.get(new Key(symbol, side));
        return p == null ? new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO} : new BigDecimal[] {p.size, p.entry};
    }

    private void aggregates() {
        BigDecimal notional = BigDecimal.ZERO;
        BigDecimal used = BigDecimal.ZERO;
        int open = 0;
        for (final Map.Entry<Key, Position> e : book.entrySet()) {
            final BigDecimal size = e.getValue().size;
            if (size.signum() != 0) {
                open++;
                final BigDecimal n = mul(size.abs(), marks.get(e.getKey().symbol()));
                notional = notional.add(n);
                used = used.add(n.divide(leverage, SCALE, RoundingMode.DOWN));
            }
        }
        openNotional = notional;
        usedMargin = used;
        openPositions = open;
        available = capital.subtract(usedMargin);
    }

    private static BigDecimal weightedEntry(final BigDecimal entry, final BigDecimal absSize, final BigDecimal price,
                                            final BigDecimal qty) {
        if (absSize.signum() == 0) {
            return price;
        }
        return mul(entry, absSize).add(mul(price, qty)).divide(absSize.add(qty), SCALE, RoundingMode.DOWN);
    }

    private static BigDecimal closedPnl(final boolean wasLong, final BigDecimal entry, final BigDecimal price,
                                        final BigDecimal closed) {
        return mul(wasLong ? price.subtract(entry) : entry.subtract(price), closed);
    }

    /** The kernel's fixed-point product: rounded half away from zero to 1e-8. */
    private static BigDecimal mul(final BigDecimal a, final BigDecimal b) {
        return a.multiply(b).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
