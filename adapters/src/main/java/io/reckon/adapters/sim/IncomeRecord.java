package io.reckon.adapters.sim;

import java.math.BigDecimal;

/**
 * One row of the profit-and-loss fund flow ({@code GET /openApi/swap/v2/user/income}): the amount is signed,
 * positive into the account (coincise {@code docs/bingx/usdt_futures/account/get_account_profit_and_loss_fund_flow.md}).
 */
record IncomeRecord(String symbol, String incomeType, BigDecimal income, String info, long timeMs, String tranId,
                    String tradeId) {
    static final String REALIZED_PNL = "REALIZED_PNL";
    static final String TRADING_FEE = "TRADING_FEE";
    static final String FUNDING_FEE = "FUNDING_FEE";
    static final String TRANSFER = "TRANSFER";
}
