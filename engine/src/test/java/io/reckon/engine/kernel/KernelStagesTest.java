package io.reckon.engine.kernel;

import io.reckon.config.ConfigLoader;
import io.reckon.config.ReconcileBounds;
import io.reckon.engine.feesign.FeeConvention;
import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.testing.KernelFixture;
import io.reckon.engine.testing.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static io.reckon.engine.testing.TestEvents.fp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelStagesTest {
    private final KernelFixture k = new KernelFixture(KernelFixture.bingx("1000", 10));
    private final TestEvents ev = k.ev;

    private void someHistory(final KernelFixture f, final String secondPrice) {
        final TestEvents e = f.ev;
        f.on(e.balance().wallet("1000").used("0").build());
        f.on(e.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.004").avg("60000")
            .fee("-0.12").build());
        f.on(e.account(BalanceReason.ORDER).wallet("999.88")
            .position("BTC-USDT", PositionSide.LONG, "0.004", "60000").build());
        f.on(e.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01").avg(secondPrice)
            .fee("-0.18").build());
        f.on(e.account(BalanceReason.FUNDING_FEE).change("-0.5").wallet("999.2").build());
    }

    @ParameterizedTest
    @EnumSource(value = RejectReason.class, names = {"MALFORMED_JSON", "GZIP_CORRUPT", "NUMBER_OVERFLOW"})
    void decoderRejectedEventChangesNoLedgerStateButIsCountedAndSnapshotted(final RejectReason reason) {
        someHistory(k, "60000");
        final long hash = k.kernel.stateHash();
        final Snapshot before = new Snapshot();
        before.copyFrom(k.current());

        final Snapshot s = k.on(ev.rejected(reason));

        assertEquals(hash, k.kernel.stateHash());
        assertEquals(before.version + 1, s.version);
        assertEquals(EventKind.REJECTED, s.kind);
        assertEquals(reason, s.reject);
        assertEquals(1, s.count(reason));
        assertEquals(1, s.count(EventKind.REJECTED));
        assertEquals(before.capital, s.capital);
        assertEquals(before.wallet, s.wallet);
        assertEquals(before.openPositions, s.openPositions);
        assertEquals(before.version + 1, k.kernel.publisher().published());
    }

    @Test
    void rejectedOrderFrameIsNotBookedEvenWithItsFieldsFilled() {
        final RingEvent fill = ev.order(1).symbol("BTC-USDT").buy().hedgeLong().cum("0.01").avg("60000")
            .fee("-0.3").build();
        fill.rejectAs(RejectReason.NUMBER_NOT_DECIMAL, 7);
        final long hash = k.kernel.stateHash();

        final Snapshot s = k.on(fill);

        assertEquals(hash, k.kernel.stateHash());
        assertEquals(fp("1000"), s.capital);
        assertEquals(0, s.fillQty);
        assertEquals(0, s.feeCost);
    }

    @Test
    void everyEventKindIsCounted() {
        someHistory(k, "60000");
        final Snapshot s = k.on(ev.heartbeat());

        assertEquals(6, s.version);
        assertEquals(2, s.count(EventKind.ACCOUNT_UPDATE) + s.count(EventKind.FUNDING));
        assertEquals(1, s.count(EventKind.PARTIAL_FILL));
        assertEquals(1, s.count(EventKind.FULL_FILL));
        assertEquals(1, s.count(EventKind.HEARTBEAT));
        assertEquals(1, s.count(EventKind.BALANCE_SNAPSHOT));
    }

    @Test
    void lastQuantityDisagreeingWithTheDeltaIsReportedInTheSnapshot() {
        k.on(ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.004").avg("60000")
            .lastQty("0.004").build());
        final Snapshot s = k.on(ev.order(1).symbol("BTC-USDT").buy().hedgeLong().qty("0.01").cum("0.01")
            .avg("60000").lastQty("0.01").build());

        assertEquals(fp("0.006"), s.fillQty);
        assertEquals(1, s.lastQtyMismatches);
    }

    @Test
    void equalHistoriesGiveEqualStateHashes() {
        final KernelFixture a = new KernelFixture(KernelFixture.bingx("1000", 10));
        final KernelFixture b = new KernelFixture(KernelFixture.bingx("1000", 10));
        someHistory(a, "60000");
        someHistory(b, "60000");

        assertEquals(a.kernel.stateHash(), b.kernel.stateHash());
    }

    @Test
    void historiesDifferingInOneFillGiveDifferentStateHashes() {
        final KernelFixture a = new KernelFixture(KernelFixture.bingx("1000", 10));
        final KernelFixture b = new KernelFixture(KernelFixture.bingx("1000", 10));
        someHistory(a, "60000");
        someHistory(b, "60000.01");

        assertNotEquals(a.kernel.stateHash(), b.kernel.stateHash());
    }

    @Test
    void stateHashDoesNotDependOnTheOrderInWhichIndependentFactsArrived() {
        final KernelFixture a = new KernelFixture(KernelFixture.bingx("1000", 10));
        final KernelFixture b = new KernelFixture(KernelFixture.bingx("1000", 10));
        for (KernelFixture f : new KernelFixture[] {a, b}) {
            f.ev.symbol("BTC-USDT");
            f.ev.symbol("ETH-USDT");
        }
        final RingEvent btc = a.ev.order(1).symbol("BTC-USDT").buy().hedgeLong().cum("0.01").avg("60000").build();
        final RingEvent eth = a.ev.order(2).symbol("ETH-USDT").sell().hedgeShort().cum("0.5").avg("3000").build();
        a.on(btc);
        a.on(eth);
        b.on(b.ev.redeliver(eth));
        b.on(b.ev.redeliver(btc));

        assertEquals(a.kernel.stateHash(), b.kernel.stateHash());
    }

    @Test
    void snapshotCarriesTheStateHashEveryHashInterval() {
        final KernelFixture f = new KernelFixture(new KernelConfig(fp("1000"), 10, ReconcileBounds.defaults(),
            FeeConvention.NEGATIVE_IS_COST, 2, "USDT", 16, 16, 16, 16, 1_000, 64));
        assertEquals(0, f.on(f.ev.heartbeat()).stateHashVersion);

        final Snapshot s = f.on(f.ev.heartbeat());

        assertEquals(2, s.stateHashVersion);
        assertEquals(f.kernel.stateHash(), s.stateHash);
    }

    @Test
    void currentSnapshotShowsTheSeedBeforeAnyEvent() {
        assertEquals(0, k.current().version);
        assertEquals(fp("1000"), k.current().capital);
        assertFalse(k.kernel.publisher().readInto(new Snapshot()), "nothing is published before the first event");
    }

    @Test
    void publishedSnapshotMatchesTheWorkingOne() {
        someHistory(k, "60000");
        final Snapshot read = new Snapshot();

        assertTrue(k.kernel.publisher().readInto(read));
        assertEquals(k.current().version, read.version);
        assertEquals(k.current().capital, read.capital);
        assertEquals(k.current().status, read.status);
    }

    @Test
    void listenerSeesEverySnapshotOnTheConsumerThread() {
        final long[] versions = new long[1];
        final KernelFixture f = new KernelFixture(KernelFixture.bingx("1000", 10), s -> versions[0] = s.version);

        f.on(f.ev.heartbeat());
        f.on(f.ev.heartbeat());

        assertEquals(2, versions[0]);
    }

    @Test
    void configComesFromTheProcessConfiguration() {
        final KernelConfig c = KernelConfig.of(ConfigLoader.fromMap(
            Map.of("venue", "bingx", "ledger.seed_capital", "250", "ledger.default_leverage", "5"), Map.of()));

        assertEquals(fp("250"), c.seedCapital());
        assertEquals(5, c.defaultLeverage());
        assertEquals(FeeConvention.NEGATIVE_IS_COST, c.feeConvention());
        assertEquals(KernelConfig.SEED_FROM_FIRST_BALANCE,
            KernelConfig.of(ConfigLoader.fromMap(Map.of(), Map.of())).seedCapital());
    }

    @Test
    void invalidConfigurationIsRefusedAtConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new KernelConfig(fp("1"), 0, ReconcileBounds.defaults(),
            FeeConvention.NEGATIVE_IS_COST, 0, "USDT", 1, 1, 1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new KernelConfig(-5, 1, ReconcileBounds.defaults(),
            FeeConvention.NEGATIVE_IS_COST, 0, "USDT", 1, 1, 1, 1, 0, 1));
    }
}
