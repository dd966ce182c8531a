package io.reckon.adapters.runtime;

import io.reckon.adapters.sim.AccountSnapshot;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.snapshot.Snapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds the kernel's books against the simulator's ground truth: capital against the wallet, fees, funding and
 * transfers exactly, the number of open positions, and not frozen. Used by the demo's verdict and the tests.
 */
public final class BooksCheck {
    private BooksCheck() {
    }

    /** @return the differences, each a readable line; empty when K equals the simulator's account */
    public static List<String> differences(final AccountSnapshot account, final Snapshot s) {
        final List<String> diff = new ArrayList<>();
        check(diff, "capital vs simulator wallet", s.capital, account.wallet());
        check(diff, "fees", s.fees, account.feesPaid());
        check(diff, "funding", s.funding, account.fundingPaid());
        check(diff, "transfers", s.transfers, account.netTransfers());
        final long simOpen = account.positions().stream().filter(p -> p.size().signum() != 0).count();
        if (s.openPositions != simOpen) {
            diff.add("open positions: K " + s.openPositions + ", simulator " + simOpen);
        }
        if (s.frozen) {
            diff.add("the kernel is frozen (reconcile " + s.status + ", worst " + s.worstRule + ")");
        }
        return diff;
    }

    private static void check(final List<String> diff, final String what, final long k, final BigDecimal sim) {
        final long expected = sim.movePointRight(FixedPoint.DECIMALS).longValueExact();
        if (k != expected) {
            diff.add(what + ": K " + FixedPoint.toPlainString(k) + ", simulator " + sim.toPlainString());
        }
    }
}
