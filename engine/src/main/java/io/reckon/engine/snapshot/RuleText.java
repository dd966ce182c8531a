package io.reckon.engine.snapshot;

import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.reconcile.ReconcileRule;

import java.util.Locale;

/**
 * How a reconcile rule and its delta read in logs, reports and dumps, so that every place says it the same way:
 * the rule as {@code R5 used_margin} (its number is its position in {@link ReconcileRule}), its delta K − E as a
 * plain decimal, except {@link ReconcileRule#OPEN_POSITIONS}, whose delta is a count of positions, not fixed point.
 */
public final class RuleText {
    private RuleText() {
    }

    /** {@code R5 used_margin}; {@code none} for {@link ReconcileRule#NONE}. */
    public static String label(final ReconcileRule rule) {
        return rule == ReconcileRule.NONE ? "none" : "R" + (rule.ordinal() + 1) + ' ' + name(rule);
    }

    /** The rule's name in lower case ({@code used_margin}), as the dump's keys spell it. */
    public static String name(final ReconcileRule rule) {
        return rule.name().toLowerCase(Locale.ROOT);
    }

    /** K − E of {@code rule} as text: a plain decimal, or a count for R6. */
    public static String delta(final ReconcileRule rule, final long delta) {
        return rule == ReconcileRule.OPEN_POSITIONS ? Long.toString(delta) : FixedPoint.toPlainString(delta);
    }

    /** Appends what {@link #delta} returns, without a string in between. */
    public static void appendDelta(final StringBuilder out, final ReconcileRule rule, final long delta) {
        if (rule == ReconcileRule.OPEN_POSITIONS) {
            out.append(delta);
        } else {
            FixedPoint.appendPlain(out, delta);
        }
    }
}
