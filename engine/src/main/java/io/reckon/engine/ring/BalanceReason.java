package io.reckon.engine.ring;

/**
 * Why the venue says the balance changed. {@link #ORDER} and {@link #FUNDING_FEE} are folded from fills and
 * funding; every other reason is a transfer whose balance change moves K (the Python predecessor forgot them).
 */
public enum BalanceReason {
    NONE(0),
    ORDER(1),
    FUNDING_FEE(2),
    DEPOSIT(3),
    WITHDRAW(4),
    ASSET_TRANSFER(5),
    OTHER_TRANSFER(6);

    private final int code;

    BalanceReason(final int code) {
        this.code = code;
    }

    /** What the journaled state hash folds in (account-frame dedup keys): stable whatever the constants' order. */
    public int code() {
        return code;
    }
}
