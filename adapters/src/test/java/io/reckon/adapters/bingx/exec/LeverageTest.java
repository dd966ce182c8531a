package io.reckon.adapters.bingx.exec;

import io.reckon.adapters.bingx.rest.Endpoint;
import io.reckon.adapters.bingx.rest.Params;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Leverage is set only when it changes; the cache outlives the process and follows the venue after a drift. */
class LeverageTest {
    private static final BigDecimal SIZE = new BigDecimal("0.015");

    @TempDir
    Path dir;

    private static void roundTrip(final ExecSession s, final String trade, final int leverage) {
        s.enter(trade, PositionSide.LONG, "0.0150", leverage, PlanRequest.SPREAD_UNKNOWN);
        s.await(() -> s.position(PositionSide.LONG).compareTo(SIZE) == 0, trade + " entered");
        s.exit(trade, PositionSide.LONG, "0.0150", ExitReason.MAX_HOLD);
        s.await(() -> s.position(PositionSide.LONG).signum() == 0, trade + " closed");
    }

    private static String venueLeverage(final ExecSession s) {
        return new String(s.rest.call(Endpoint.LEVERAGE_GET, Params.none().add("symbol", ExecSession.BTC)).body(),
            StandardCharsets.UTF_8);
    }

    @Test
    void leverageIsSetOnlyWhenItDiffersFromTheCachedValue() throws Exception {
        try (ExecSession s = new ExecSession(ExecSession.Options.taker(dir))) {
            roundTrip(s, "l-1", 5);
            roundTrip(s, "l-2", 5);
            s.await(() -> s.exec.stats().desk().filled() == 4, "both round trips counted");
            assertEquals(1, s.exec.stats().gateway().leverageSets(), "the second entry found 5 cached");
            assertEquals("BTC-USDT.LONG=5\n", Files.readString(dir.resolve(LeverageCache.FILE_NAME)));
            roundTrip(s, "l-3", 7);
            s.await(() -> s.exec.stats().gateway().leverageSets() == 2, "a new value is set");
            assertTrue(venueLeverage(s).contains("\"longLeverage\":7"), venueLeverage(s));
            roundTrip(s, "l-4", 0);
            s.await(() -> s.exec.stats().desk().filled() == 8, "all counted");
            assertEquals(2, s.exec.stats().gateway().leverageSets(), "0 leaves the venue's leverage alone");
        }
    }

    @Test
    void aLeverageChangedBehindTheCachesBackIsFoundOnConnectAndFollowed() throws Exception {
        Files.writeString(dir.resolve(LeverageCache.FILE_NAME), "BTC-USDT.LONG=5\n");
        try (ExecSession s = new ExecSession(ExecSession.Options.taker(dir))) {
            assertEquals(1, s.exec.stats().gateway().leverageDrifts(), "the simulator runs at 10, not 5");
            assertEquals("BTC-USDT.LONG=10\n", Files.readString(dir.resolve(LeverageCache.FILE_NAME)));
            roundTrip(s, "d-1", 10);
            s.await(() -> s.exec.stats().desk().filled() == 2, "counted");
            assertEquals(0, s.exec.stats().gateway().leverageSets(), "10 is what the venue has");
        }
    }
}
