package io.reckon.adapters.report;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.snapshot.RuleText;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.symbol.SymbolTable;

import java.util.Locale;

/**
 * One snapshot as one JSON object (the {@code replay --dump} format). Decimals are plain strings without exponent,
 * order ids strings (they exceed 2^53). Reporting code, off the hot path: it appends to a reused builder.
 */
public final class SnapshotJson {
    private final SymbolTable symbols;

    public SnapshotJson(final SymbolTable symbols) {
        this.symbols = symbols;
    }

    public void append(final Snapshot s, final StringBuilder out) {
        out.append("{\"seq\":").append(s.sequence)
            .append(",\"event\":\"").append(lower(s.kind.name())).append('"')
            .append(",\"symbol\":\"").append(symbols.name(s.symbolId)).append('"')
            .append(",\"order_id\":\"").append(s.orderId == 0 ? "" : Long.toString(s.orderId)).append('"');
        dec(out, "fill_qty", s.fillQty);
        dec(out, "fill_price", s.fillPrice);
        dec(out, "fee", s.feeCost);
        dec(out, "realized_pnl", s.realizedPnl);
        if (s.kind == io.reckon.engine.ring.EventKind.REJECTED) {
            out.append(",\"reject\":\"").append(s.reject.name()).append('"');
        }
        out.append(",\"k\":{");
        first(out, "capital", s.capital);
        dec(out, "realized_pnl", s.realized);
        dec(out, "fees_paid", s.fees);
        dec(out, "funding_paid", s.funding);
        dec(out, "transfers", s.transfers);
        dec(out, "open_notional", s.openNotional);
        dec(out, "used_margin", s.usedMargin);
        out.append(",\"open_positions\":").append(s.openPositions)
            .append(",\"caught_up\":{\"fills\":").append(s.catchUpFills)
            .append(",\"adjustments\":").append(s.catchUpAdjustments)
            .append(",\"funding\":").append(s.catchUpFunding).append("}}");
        out.append(",\"e\":{");
        if (s.hasWallet) {
            first(out, "wallet_balance", s.wallet);
        } else {
            out.append("\"wallet_balance\":null");
        }
        dec(out, "available_margin", s.exchangeAvailable);
        dec(out, "used_margin", s.exchangeUsedMargin);
        out.append(",\"open_positions\":").append(s.exchangeOpenPositions).append('}');
        out.append(",\"reconcile\":{\"status\":\"").append(s.status.name()).append('"')
            .append(",\"worst_field\":\"").append(s.worstRule == ReconcileRule.NONE ? "" : lower(s.worstRule.name()))
            .append("\",\"deltas\":{");
        boolean any = false;
        for (int r = 0; r < ReconcileRule.COUNT; r++) {
            if (s.ruleStatus[r] == ReconcileStatus.SKIPPED) {
                continue;
            }
            if (any) {
                out.append(',');
            }
            any = true;
            final ReconcileRule rule = ReconcileRule.of(r);
            out.append('"').append(RuleText.name(rule)).append("\":\"");
            RuleText.appendDelta(out, rule, s.ruleDelta[r]);
            out.append('"');
        }
        out.append("}},\"frozen\":").append(s.frozen).append('}');
    }

    private static void first(final StringBuilder out, final String key, final long value) {
        out.append('"').append(key).append("\":\"");
        FixedPoint.appendPlain(out, value);
        out.append('"');
    }

    private static void dec(final StringBuilder out, final String key, final long value) {
        out.append(',');
        first(out, key, value);
    }

    private static String lower(final String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
