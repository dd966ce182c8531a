package io.reckon.bench.kernel;

import io.reckon.engine.feesign.FeeSign;
import io.reckon.engine.kernel.KernelConfig;
import io.reckon.engine.ledger.Ledger;
import io.reckon.engine.normalise.AccountUpdateDedup;
import io.reckon.engine.normalise.FundingMemory;
import io.reckon.engine.normalise.Normaliser;
import io.reckon.engine.normalise.OrderStateTable;
import io.reckon.engine.reconcile.Reconciler;
import io.reckon.engine.ring.IncomeTable;
import io.reckon.engine.symbol.SymbolTable;

/**
 * The four business stages as separate objects, wired exactly as {@code KernelStages} wires them, so that each can
 * be measured alone.
 */
public final class StageSet {
    public final Normaliser normaliser;
    public final FeeSign feeSign;
    public final Ledger ledger;
    public final Reconciler reconciler;

    public StageSet(final KernelConfig config, final SymbolTable symbols) {
        final int maxSymbolId = symbols.capacity();
        final int settlementAssetId = symbols.intern(config.settlementAsset());
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
    }
}
