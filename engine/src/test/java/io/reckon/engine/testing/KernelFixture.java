package io.reckon.engine.testing;

import io.reckon.config.ReconcileBounds;
import io.reckon.engine.feesign.FeeConvention;
import io.reckon.engine.kernel.KernelConfig;
import io.reckon.engine.kernel.KernelStages;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.engine.symbol.SymbolTable;

/**
 * A {@link KernelStages} with its own symbol table and a {@link TestEvents} builder on that table: feed hand-built
 * events with {@link #on} and read the snapshot each one produced.
 */
public final class KernelFixture {
    public final SymbolTable symbols = new SymbolTable(64);
    public final TestEvents ev = new TestEvents(symbols);
    public final KernelStages kernel;

    public KernelFixture(final KernelConfig config) {
        this(config, SnapshotListener.NONE);
    }

    public KernelFixture(final KernelConfig config, final SnapshotListener listener) {
        this.kernel = new KernelStages(config, symbols, listener);
    }

    /** BingX sign convention, default bounds, the given seed ({@code null}: from the first balance) and leverage. */
    public static KernelConfig bingx(final String seed, final int leverage) {
        return KernelConfig.defaults(seed == null ? KernelConfig.SEED_FROM_FIRST_BALANCE : TestEvents.fp(seed),
            leverage, FeeConvention.NEGATIVE_IS_COST);
    }

    public static KernelConfig bingx(final String seed, final int leverage, final ReconcileBounds bounds) {
        final KernelConfig c = bingx(seed, leverage);
        return new KernelConfig(c.seedCapital(), c.defaultLeverage(), bounds, c.feeConvention(), c.hashInterval(),
            c.settlementAsset(), c.maxOpenOrders(), c.terminalOrderMemory(), c.accountDedupMemory(),
            c.fundingMemory(), c.fundingMatchWindowMs(), c.fillMemory());
    }

    /** {@code config} keeping only {@code fills} fills for re-deriving a position. */
    public static KernelConfig withFillMemory(final KernelConfig c, final int fills) {
        return new KernelConfig(c.seedCapital(), c.defaultLeverage(), c.bounds(), c.feeConvention(), c.hashInterval(),
            c.settlementAsset(), c.maxOpenOrders(), c.terminalOrderMemory(), c.accountDedupMemory(),
            c.fundingMemory(), c.fundingMatchWindowMs(), fills);
    }

    /** Runs one event through the stages and returns the kernel's snapshot of it (valid until the next event). */
    public Snapshot on(final RingEvent e) {
        kernel.onEvent(e);
        return kernel.current();
    }

    public Snapshot current() {
        return kernel.current();
    }
}
