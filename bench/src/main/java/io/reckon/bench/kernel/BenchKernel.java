package io.reckon.bench.kernel;

import io.reckon.adapters.bingx.codec.BingxCodec;
import io.reckon.bench.frames.SessionFrames;
import io.reckon.config.ReconcileBounds;
import io.reckon.engine.feesign.FeeConvention;
import io.reckon.engine.kernel.KernelConfig;
import io.reckon.engine.kernel.KernelStages;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.engine.symbol.SymbolTable;

/**
 * The consumer-side objects of one session, built as {@code KernelAssembly} builds them (one symbol table, the
 * BingX codec, the kernel stages) but with small order and dedup memories: the benchmarks cycle through a few
 * thousand distinct frames, and an order id must be forgotten before it comes round again, or its fill would be
 * taken for a duplicate and the fold would do less work than it does live.
 */
public final class BenchKernel {
    /** Longer than any memory below, so that every frame of a cycle is folded in full. */
    public static final int CYCLE = 4096;

    static final int SYMBOL_CAPACITY = 4096;
    static final int MAX_OPEN_ORDERS = 1024;
    static final int TERMINAL_ORDER_MEMORY = 256;
    static final int ACCOUNT_DEDUP_MEMORY = 64;

    public final SymbolTable symbols;
    public final BingxCodec codec;
    public final KernelStages stages;

    public BenchKernel(final SnapshotListener listener) {
        this.symbols = new SymbolTable(SYMBOL_CAPACITY);
        this.stages = new KernelStages(config(), symbols, listener);
        this.codec = new BingxCodec(symbols, symbols);
    }

    /** Seeded with the session frames' starting wallet, leverage 10, BingX's fee sign, default reconcile bounds. */
    public static KernelConfig config() {
        return new KernelConfig(FixedPoint.parse(SessionFrames.SEED_USDT), 10, ReconcileBounds.defaults(),
            FeeConvention.NEGATIVE_IS_COST, 256, KernelConfig.DEFAULT_SETTLEMENT_ASSET, MAX_OPEN_ORDERS,
            TERMINAL_ORDER_MEMORY, ACCOUNT_DEDUP_MEMORY, KernelConfig.DEFAULT_FUNDING_MEMORY,
            KernelConfig.DEFAULT_FUNDING_MATCH_WINDOW_MS, KernelConfig.DEFAULT_FILL_MEMORY);
    }
}
