package io.reckon.engine.ring;

/**
 * The account's settlement-asset balance as the venue reported it (a stream ACCOUNT_UPDATE or a REST balance).
 * Each {@code has*} flag says whether the venue sent that fact in this payload.
 */
public final class BalanceFields {
    public BalanceReason reason = BalanceReason.NONE;
    public int assetId;
    public boolean present;
    public long walletBalance;
    public long crossWallet;
    public boolean hasCrossWallet;
    public long balanceChange;
    public boolean hasBalanceChange;
    public long equity;
    public boolean hasEquity;
    public long availableMargin;
    public boolean hasAvailableMargin;
    public long usedMargin;
    public boolean hasUsedMargin;
    public long unrealizedPnl;
    public boolean hasUnrealizedPnl;

    public void clear() {
        reason = BalanceReason.NONE;
        assetId = 0;
        present = false;
        walletBalance = 0;
        crossWallet = 0;
        hasCrossWallet = false;
        balanceChange = 0;
        hasBalanceChange = false;
        equity = 0;
        hasEquity = false;
        availableMargin = 0;
        hasAvailableMargin = false;
        usedMargin = 0;
        hasUsedMargin = false;
        unrealizedPnl = 0;
        hasUnrealizedPnl = false;
    }
}
