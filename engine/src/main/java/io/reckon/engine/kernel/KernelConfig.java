package io.reckon.engine.kernel;

import io.reckon.config.ReckonConfig;
import io.reckon.config.ReconcileBounds;
import io.reckon.engine.feesign.FeeConvention;

/**
 * What the kernel stages need to know, validated once at construction.
 *
 * @param seedCapital         seed in 1e-8 units, or {@link #SEED_FROM_FIRST_BALANCE} to take the venue's first wallet
 * @param defaultLeverage     leverage of a symbol the venue has not reported one for; at least 1
 * @param bounds              reconcile R1-R7 bounds
 * @param feeConvention       the venue's commission sign
 * @param hashInterval        every this many events the stages take a state-hash checkpoint, which the snapshot
 *                            carries and the consumer journals; 0 never (a journal then ends with the final hash)
 * @param settlementAsset     the margin asset K counts in (USDT); balances of other assets are not K's
 * @param maxOpenOrders       working orders tracked at once before terminal ones are recycled early
 * @param terminalOrderMemory ended orders remembered (FIFO) so that late duplicates still book nothing
 * @param accountDedupMemory  account frames remembered (FIFO) so that one delivered twice is folded once
 * @param fundingMemory       fundings remembered (FIFO) so that one seen on the stream and in the income history
 *                            is booked once
 * @param fundingMatchWindowMs largest gap between a stream funding frame's event time and its income row's time
 * @param fillMemory          fills the ledger keeps to re-derive a position in venue order when a fill arrives late
 */
public record KernelConfig(
    long seedCapital,
    int defaultLeverage,
    ReconcileBounds bounds,
    FeeConvention feeConvention,
    int hashInterval,
    String settlementAsset,
    int maxOpenOrders,
    int terminalOrderMemory,
    int accountDedupMemory,
    int fundingMemory,
    long fundingMatchWindowMs,
    int fillMemory) {

    public static final long SEED_FROM_FIRST_BALANCE = -1;
    public static final String DEFAULT_SETTLEMENT_ASSET = "USDT";
    public static final int DEFAULT_MAX_OPEN_ORDERS = 16_384;
    public static final int DEFAULT_TERMINAL_ORDER_MEMORY = 65_536;
    public static final int DEFAULT_ACCOUNT_DEDUP_MEMORY = 4_096;
    /** A week of 8-hourly settlements on some 190 positions, a catch-up's whole reach. */
    public static final int DEFAULT_FUNDING_MEMORY = 4_096;
    /**
     * Far below the shortest funding interval (1 h), so two settlements of one position never fall in one window,
     * and far above any push delay: BingX documents no relation between the frame's {@code E} and the row's time.
     */
    public static final long DEFAULT_FUNDING_MATCH_WINDOW_MS = 60_000;
    /**
     * Fills kept across all positions for re-deriving one when a late fill arrives: a repair comes within a guard
     * poll (30 s), and 4,096 fills is over two minutes at 30 fills a second.
     */
    public static final int DEFAULT_FILL_MEMORY = 4_096;

    public KernelConfig {
        if (seedCapital < 0 && seedCapital != SEED_FROM_FIRST_BALANCE) {
            throw new IllegalArgumentException("seed capital must be >= 0 or SEED_FROM_FIRST_BALANCE");
        }
        if (defaultLeverage < 1) {
            throw new IllegalArgumentException("default leverage must be at least 1");
        }
        if (hashInterval < 0) {
            throw new IllegalArgumentException("hash interval must be >= 0");
        }
        if (maxOpenOrders < 1 || terminalOrderMemory < 1 || accountDedupMemory < 1 || fundingMemory < 1) {
            throw new IllegalArgumentException("order, dedup and funding memories must be positive");
        }
        if (fillMemory < 1) {
            throw new IllegalArgumentException("fill memory must be positive");
        }
        if (fundingMatchWindowMs < 0) {
            throw new IllegalArgumentException("funding match window must be >= 0");
        }
        if (bounds == null || feeConvention == null || settlementAsset == null || settlementAsset.isEmpty()) {
            throw new IllegalArgumentException("bounds, fee convention and settlement asset are required");
        }
    }

    /** The kernel part of the process configuration, with default memories. */
    public static KernelConfig of(final ReckonConfig config) {
        return new KernelConfig(
            config.hasSeedCapital() ? config.seedCapital() : SEED_FROM_FIRST_BALANCE,
            config.defaultLeverage(),
            config.reconcile(),
            FeeConvention.of(config.venue()),
            config.hashInterval(),
            DEFAULT_SETTLEMENT_ASSET,
            DEFAULT_MAX_OPEN_ORDERS,
            DEFAULT_TERMINAL_ORDER_MEMORY,
            DEFAULT_ACCOUNT_DEDUP_MEMORY,
            DEFAULT_FUNDING_MEMORY,
            DEFAULT_FUNDING_MATCH_WINDOW_MS,
            DEFAULT_FILL_MEMORY);
    }

    /** Default bounds and memories for a venue's fee convention; the caller picks the seed and leverage. */
    public static KernelConfig defaults(final long seedCapital, final int defaultLeverage,
                                        final FeeConvention feeConvention) {
        return new KernelConfig(seedCapital, defaultLeverage, ReconcileBounds.defaults(), feeConvention, 256,
            DEFAULT_SETTLEMENT_ASSET, DEFAULT_MAX_OPEN_ORDERS, DEFAULT_TERMINAL_ORDER_MEMORY,
            DEFAULT_ACCOUNT_DEDUP_MEMORY, DEFAULT_FUNDING_MEMORY, DEFAULT_FUNDING_MATCH_WINDOW_MS, DEFAULT_FILL_MEMORY);
    }
}
