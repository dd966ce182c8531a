package io.reckon.engine.ring;

/**
 * Why the venue says the balance changed. {@link #ORDER} and {@link #FUNDING_FEE} are folded from fills and
 * funding; every other reason is a transfer whose balance change moves K (the seed forgot them).
 */
public enum BalanceReason {
    NONE,
    ORDER,
    FUNDING_FEE,
    DEPOSIT,
    WITHDRAW,
    ASSET_TRANSFER,
    OTHER_TRANSFER
}
