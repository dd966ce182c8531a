package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricePathTest {
    private static final SimSymbol SOL = new SimSymbol("SOL-USDT", 1, 2, new BigDecimal("0.1"),
            new BigDecimal("1.00"), 30, BigDecimal.ZERO);

    private static List<BigDecimal> walk(final long seed, final int steps) {
        final PricePath p = new PricePath(SOL, seed);
        final List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            out.add(p.step());
        }
        return out;
    }

    @Test
    void theSameSeedWalksTheSamePath() {
        assertEquals(walk(42, 500), walk(42, 500));
        assertNotEquals(walk(42, 500), walk(43, 500));
    }

    @Test
    void staysOnTheTickGridWithinTheStepBoundAndAboveTheFloor() {
        BigDecimal previous = SOL.startPrice();
        for (final BigDecimal price : walk(7, 5_000)) {
            assertEquals(2, price.scale());
            assertTrue(price.subtract(previous).abs().compareTo(new BigDecimal("0.30")) <= 0, "at most 30 ticks");
            assertTrue(price.compareTo(new BigDecimal("0.10")) >= 0, "never below a tenth of the start");
            previous = price;
        }
    }

    @Test
    void theSimulatorTicksOnItsOwnWhenConfigured() throws InterruptedException {
        try (BingxSimulator sim = BingxSimulator.start(SimConfig.builder().tickInterval(Duration.ofMillis(5))
                .build())) {
            final BigDecimal start = sim.price("BTC-USDT");
            final long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (sim.price("BTC-USDT").compareTo(start) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertNotEquals(0, sim.price("BTC-USDT").compareTo(start));
        }
    }
}
