package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The JSON bodies of the REST endpoints, key for key and type for type as the canonical fixtures in
 * {@code adapters/src/test/resources/bingx/rest/} (v3 balance, v2 positions, v2 open orders, the rate-limit error)
 * and, where no fixture exists, as the BingX docs list the fields (coincise {@code docs/bingx/usdt_futures/}:
 * {@code trading/place_order.md}, {@code trading/cancel_order.md}, {@code trading/query_order_history.md},
 * {@code account/get_account_profit_and_loss_fund_flow.md}, {@code market_data/usdt_m_perp_futures_symbols.md},
 * {@code trading/set_leverage.md}, {@code trading/query_leverage_and_available_positions.md},
 * {@code general_information/get_server_time.md}). Quantities and prices carry at least their contract's precision
 * and more digits only when exactness needs them. Cold path: builds strings.
 */
final class RestBodies {
    static final String USER_ID = "1234567";
    static final String SHORT_UID = "7654321";

    private RestBodies() {
    }

    /** A business error in BingX's envelope, shaped like the rate-limit fixture. */
    static String error(final int code, final String msg) {
        return new JsonOut().beginObject().field("code", code).field("msg", msg).name("data").beginObject()
                .endObject().endObject().toString();
    }

    /** {@code POST /openApi/user/auth/userDataStream}: the bare object of the 2023 doc and the skill example. */
    static String listenKey(final String key) {
        return new JsonOut().beginObject().field("listenKey", key).endObject().toString();
    }

    private static JsonOut envelope() {
        return new JsonOut().beginObject().field("code", 0).field("msg", "").name("data");
    }

    static String serverTime(final long nowMs) {
        return envelope().beginObject().field("serverTime", nowMs).endObject().endObject().toString();
    }

    /** Account figures of the v3 balance body. */
    record Balance(BigDecimal wallet, BigDecimal equity, BigDecimal unrealized, BigDecimal realized,
                   BigDecimal available, BigDecimal used, BigDecimal frozen) {
    }

    /** {@code GET /openApi/swap/v3/user/balance}: one USDT row with our figures and an empty USDC row. */
    static String balance(final Balance b) {
        final JsonOut j = envelope().beginArray();
        j.beginObject()
                .field("userId", USER_ID)
                .field("asset", "USDT")
                .field("balance", Decimals.wire8(b.wallet()))
                .field("equity", Decimals.wire8(b.equity()))
                .field("unrealizedProfit", Decimals.wire8(b.unrealized()))
                .field("realisedProfit", Decimals.wire8(b.realized()))
                .field("availableMargin", Decimals.wire8(b.available()))
                .field("usedMargin", Decimals.wire8(b.used()))
                .field("freezedMargin", Decimals.wire8(b.frozen()))
                .field("shortUid", SHORT_UID)
                .endObject();
        final String zero = Decimals.wire8(Decimals.ZERO);
        j.beginObject()
                .field("userId", USER_ID)
                .field("asset", "USDC")
                .field("balance", zero)
                .field("equity", zero)
                .field("unrealizedProfit", "")
                .field("realisedProfit", "")
                .field("availableMargin", zero)
                .field("usedMargin", "")
                .field("freezedMargin", "")
                .field("shortUid", SHORT_UID)
                .endObject();
        return j.endArray().endObject().toString();
    }

    /** One open position with everything the positions body reports about it. */
    record PositionRow(PositionState position, SimSymbol contract, BigDecimal mark, int leverage,
                       BigDecimal availableAmt) {
    }

    /** {@code GET /openApi/swap/v2/user/positions}. */
    static String positions(final List<PositionRow> rows) {
        final JsonOut j = envelope().beginArray();
        for (final PositionRow r : rows) {
            final PositionState p = r.position();
            final int qp = r.contract().quantityPrecision();
            final int pp = r.contract().pricePrecision();
            final BigDecimal margin = Decimals.money(p.size.multiply(p.entry)
                    .divide(BigDecimal.valueOf(r.leverage()), Decimals.SCALE, RoundingMode.HALF_UP));
            final BigDecimal up = p.unrealized(r.mark());
            final BigDecimal pnlRatio = margin.signum() == 0 ? BigDecimal.ZERO
                    : up.divide(margin, 4, RoundingMode.HALF_UP);
            j.beginObject()
                    .field("symbol", p.symbol)
                    .field("positionId", Long.toString(p.positionId))
                    .field("positionSide", p.side.name())
                    .field("isolated", false)
                    .field("positionAmt", Decimals.atLeast(p.size, qp))
                    .field("availableAmt", Decimals.atLeast(r.availableAmt(), qp))
                    .field("unrealizedProfit", Decimals.wire8(up))
                    .field("realisedProfit", Decimals.wire8(p.realized))
                    .field("initialMargin", Decimals.wire8(margin))
                    .field("margin", Decimals.wire8(margin))
                    .field("avgPrice", Decimals.atLeast(p.entry, pp))
                    .name("liquidationPrice").num(0)
                    .field("leverage", r.leverage())
                    .field("positionValue", Decimals.wire8(p.size.multiply(r.mark())))
                    .field("markPrice", Decimals.atLeast(r.mark(), pp))
                    .field("riskRate", "0.0000")
                    .field("maxMarginReduction", "0.0")
                    .field("pnlRatio", pnlRatio.toPlainString())
                    .field("updateTime", p.updateTimeMs)
                    .endObject();
        }
        return j.endArray().endObject().toString();
    }

    /** {@code GET /openApi/swap/v2/trade/openOrders} and {@code .../allOrders}: {@code data.orders[]}. */
    static String orders(final List<SimOrder> orders, final List<SimSymbol> contracts) {
        final JsonOut j = envelope().beginObject().name("orders").beginArray();
        for (final SimOrder o : orders) {
            orderFields(j.beginObject(), o, contractOf(o, contracts), true).endObject();
        }
        return j.endArray().endObject().endObject().toString();
    }

    /**
     * {@code DELETE /openApi/swap/v2/trade/order}: {@code data.order} with the full order fields and the order id
     * as a string, as cancel responses carry it.
     */
    static String cancelled(final SimOrder o, final SimSymbol contract) {
        final JsonOut j = envelope().beginObject().name("order").beginObject();
        orderFields(j, o, contract, false);
        return j.endObject().endObject().endObject().toString();
    }

    /**
     * {@code POST /openApi/swap/v2/trade/order}: {@code data.order}, with the numeric {@code orderId} and the
     * capital-ID {@code clientOrderID} of the ccxt#21685 capture, plus {@code status}, {@code avgPrice} and
     * {@code executedQty} (added to BingX's API on 2025-01-22 and 2025-06-12).
     */
    static String placed(final SimOrder o, final SimSymbol contract) {
        final int qp = contract.quantityPrecision();
        final int pp = contract.pricePrecision();
        final JsonOut j = envelope().beginObject().name("order").beginObject()
                .field("symbol", o.symbol)
                .field("orderId", o.orderId)
                .field("side", o.side.name())
                .field("positionSide", o.positionSide.name())
                .field("type", o.kind.name())
                .field("origQty", Decimals.atLeast(o.origQty, qp))
                .field("price", Decimals.atLeast(o.price, pp))
                .field("stopPrice", "")
                .field("workingType", "MARK_PRICE")
                .field("clientOrderID", o.clientOrderId)
                .field("timeInForce", o.timeInForce.wire())
                .field("status", o.state.name())
                .field("avgPrice", Decimals.atLeast(o.avgPrice(), pp))
                .field("executedQty", Decimals.atLeast(o.executedQty, qp));
        return j.endObject().endObject().endObject().toString();
    }

    private static JsonOut orderFields(final JsonOut j, final SimOrder o, final SimSymbol c,
                                       final boolean numericId) {
        final int qp = c.quantityPrecision();
        final int pp = c.pricePrecision();
        j.field("symbol", o.symbol);
        if (numericId) {
            j.field("orderId", o.orderId);
        } else {
            j.field("orderId", Long.toString(o.orderId));
        }
        return j.field("side", o.side.name())
                .field("positionSide", o.positionSide.name())
                .field("type", o.kind.name())
                .field("origQty", Decimals.atLeast(o.origQty, qp))
                .field("price", Decimals.atLeast(o.price, pp))
                .field("executedQty", Decimals.atLeast(o.executedQty, qp))
                .field("avgPrice", Decimals.atLeast(o.avgPrice(), pp))
                .field("cumQuote", Decimals.atLeast(o.cumQuote, pp))
                .field("stopPrice", "")
                .field("profit", Decimals.atLeast(o.profit, 4))
                .field("commission", Decimals.atLeast(o.commission, 6))
                .field("status", o.state.restName())
                .field("time", o.timeMs)
                .field("updateTime", o.updateTimeMs)
                .field("clientOrderId", o.clientOrderId)
                .field("leverage", o.leverage + "X")
                .field("workingType", "MARK_PRICE")
                .field("onlyOnePosition", false)
                .field("reduceOnly", false);
    }

    private static SimSymbol contractOf(final SimOrder o, final List<SimSymbol> contracts) {
        for (final SimSymbol s : contracts) {
            if (s.symbol().equals(o.symbol)) {
                return s;
            }
        }
        throw new IllegalStateException("order on an unlisted symbol " + o.symbol);
    }

    /** {@code GET /openApi/swap/v2/user/income}. */
    static String income(final List<IncomeRecord> rows) {
        final JsonOut j = envelope().beginArray();
        for (final IncomeRecord r : rows) {
            j.beginObject()
                    .field("symbol", r.symbol())
                    .field("incomeType", r.incomeType())
                    .field("income", Decimals.wire8(r.income()))
                    .field("asset", "USDT")
                    .field("info", r.info())
                    .field("time", r.timeMs())
                    .field("tranId", r.tranId())
                    .field("tradeId", r.tradeId())
                    .endObject();
        }
        return j.endArray().endObject().toString();
    }

    /** {@code GET /openApi/swap/v2/quote/contracts}. */
    static String contracts(final List<SimSymbol> symbols, final BigDecimal taker, final BigDecimal maker,
                            final long listedAtMs) {
        final JsonOut j = envelope().beginArray();
        int id = 100;
        for (final SimSymbol s : symbols) {
            final String base = s.symbol().substring(0, s.symbol().indexOf('-'));
            j.beginObject()
                    .field("contractId", Integer.toString(id++))
                    .field("symbol", s.symbol())
                    .field("quantityPrecision", s.quantityPrecision())
                    .field("pricePrecision", s.pricePrecision())
                    .name("takerFeeRate").num(taker)
                    .name("makerFeeRate").num(maker)
                    .name("tradeMinQuantity").num(s.tradeMinQuantity())
                    .name("tradeMinUSDT").num(2)
                    .field("currency", "USDT")
                    .field("asset", base)
                    .field("status", 1)
                    .field("apiStateOpen", "true")
                    .field("apiStateClose", "true")
                    .field("ensureTrigger", false)
                    .field("triggerFeeRate", "0.00020000")
                    .field("brokerState", false)
                    .field("launchTime", listedAtMs)
                    .field("maintainTime", 0)
                    .field("offTime", 0)
                    .field("displayName", s.symbol())
                    .endObject();
        }
        return j.endArray().endObject().toString();
    }

    /** Available volumes and values of one symbol, as both leverage endpoints report them. */
    record Availability(BigDecimal longVol, BigDecimal shortVol, BigDecimal longVal, BigDecimal shortVal,
                        BigDecimal maxLongVal, BigDecimal maxShortVal) {
    }

    /** {@code GET /openApi/swap/v2/trade/leverage}. */
    static String leverage(final int longLeverage, final int shortLeverage, final int maxLeverage,
                           final Availability a) {
        final JsonOut j = envelope().beginObject()
                .field("longLeverage", longLeverage)
                .field("shortLeverage", shortLeverage)
                .field("maxLongLeverage", maxLeverage)
                .field("maxShortLeverage", maxLeverage);
        return availability(j, a).endObject().endObject().toString();
    }

    /** {@code POST /openApi/swap/v2/trade/leverage}. */
    static String leverageSet(final int leverage, final String symbol, final Availability a) {
        final JsonOut j = envelope().beginObject().field("leverage", leverage).field("symbol", symbol);
        return availability(j, a).endObject().endObject().toString();
    }

    private static JsonOut availability(final JsonOut j, final Availability a) {
        return j.field("availableLongVol", Decimals.wire8(a.longVol()))
                .field("availableShortVol", Decimals.wire8(a.shortVol()))
                .field("availableLongVal", Decimals.wire8(a.longVal()))
                .field("availableShortVal", Decimals.wire8(a.shortVal()))
                .field("maxPositionLongVal", Decimals.wire8(a.maxLongVal()))
                .field("maxPositionShortVal", Decimals.wire8(a.maxShortVal()));
    }
}
