package io.reckon.adapters.demo;

import io.reckon.adapters.bingx.exec.ExecStats;
import io.reckon.adapters.bingx.exec.ExecSessions;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.RouterCounters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoStrategyTest {
    private static final List<DemoStrategy.Instrument> INSTRUMENTS = List.of(
        new DemoStrategy.Instrument("BTC-USDT", FixedPoint.parse("0.005")),
        new DemoStrategy.Instrument("ETH-USDT", FixedPoint.parse("0.05")),
        new DemoStrategy.Instrument("SOL-USDT", FixedPoint.parse("0.5")));

    @TempDir
    Path dir;

    private static DemoStrategy strategy(final long seed) {
        return new DemoStrategy(null, null, null, null, INSTRUMENTS, seed, 0, 1, 0);
    }

    @Test
    void theTripsAreAFunctionOfTheSeedAndCoverBothStyles() {
        final List<DemoStrategy.Trip> a = strategy(7).trips(8);
        assertEquals(a, strategy(7).trips(8));
        assertNotEquals(a, strategy(8).trips(8));
        assertTrue(a.stream().anyMatch(DemoStrategy.Trip::tightSpread));
        assertTrue(a.stream().anyMatch(t -> !t.tightSpread()));
        assertTrue(a.stream().anyMatch(t -> t.exitReason() == ExitReason.TAKE_PROFIT));
        assertTrue(a.stream().anyMatch(t -> t.exitReason() == ExitReason.MAX_HOLD));
        assertEquals(8, a.stream().map(DemoStrategy.Trip::tradeId).distinct().count());
    }

    /**
     * Someone else's position on every symbol and side the trips use: the book's position count never moves when a
     * trip opens, so only the trip's own fills can say it did. Each exit closes what its entry filled and no more.
     */
    @Test
    void followsItsOwnTradesWhileOtherPositionsHoldTheSameSymbolsAndSides() throws Exception {
        final long seed = 5;
        final int count = 3;
        final List<ExecSessions.OutsidePosition> outside = strategy(seed).trips(count).stream()
            .map(t -> new ExecSessions.OutsidePosition(t.symbol(), t.side(), FixedPoint.toPlainString(
                INSTRUMENTS.stream().filter(i -> i.symbol().equals(t.symbol())).findFirst().orElseThrow().baseSize())))
            .distinct().toList();
        ExecSessions.runDemo(dir, Map.of(), INSTRUMENTS, seed, count, outside, result -> {
            assertEquals(count, result.opened());
            assertEquals(count, result.completed());
            assertTrue(Math.abs(result.capital() - result.wallet()) < FixedPoint.SCALE);
            assertFalse(result.frozen());
        });
    }

    @Test
    void opensAndClosesThroughTheRouterInTakerAndMakerStylesAgainstTheSimulator() throws Exception {
        final ExecStats stats = ExecSessions.runDemo(dir, Map.of("style", "maker_both", "entry_ttl_ms", "1500",
            "exit_ttl_ms", "1500", "entry_miss", "market"), INSTRUMENTS, 11, 4, result -> {
                assertEquals(4, result.opened());
                assertEquals(4, result.completed());
                assertTrue(Math.abs(result.capital() - result.wallet()) < FixedPoint.SCALE,
                    "K " + FixedPoint.toPlainString(result.capital()) + " vs wallet "
                        + FixedPoint.toPlainString(result.wallet()));
                assertFalse(result.frozen());
            });
        final RouterCounters router = stats.router();
        assertEquals(4, router.plansEntry());
        assertEquals(4, router.plansExit());
        assertTrue(router.makerEntries() > 0 && router.takerEntries() > 0, String.valueOf(router));
        assertTrue(router.makerExits() > 0 && router.takerExits() > 0, String.valueOf(router));
        assertTrue(router.spreadGateTaker() > 0, "wide spreads went to MARKET");
        assertTrue(stats.reports() >= 8, "every order got a fee estimate");
    }
}
