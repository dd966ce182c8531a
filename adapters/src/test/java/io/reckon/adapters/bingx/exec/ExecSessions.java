package io.reckon.adapters.bingx.exec;

import io.reckon.adapters.bingx.rest.Endpoint;
import io.reckon.adapters.bingx.rest.Params;
import io.reckon.adapters.demo.DemoStrategy;
import io.reckon.adapters.sim.AccountSnapshot;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.PositionSide;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entry points into {@link ExecSession} for tests of other packages. */
public final class ExecSessions {
    private ExecSessions() {
    }

    /** A position opened on the venue by someone else (a MARKET order without our client order id). */
    public record OutsidePosition(String symbol, PositionSide side, String size) {
    }

    /** Runs the demo strategy over a fresh live session; returns the execution counters at the end. */
    public static ExecStats runDemo(final Path dir, final Map<String, String> router,
                                    final List<DemoStrategy.Instrument> instruments, final long seed,
                                    final int trips, final Consumer<DemoStrategy.Result> check) throws Exception {
        return runDemo(dir, router, instruments, seed, trips, List.of(), check);
    }

    /**
     * As {@link #runDemo(Path, Map, List, long, int, Consumer)}, with positions of someone else's on the book first
     * (each on its own symbol and side; the kernel has seen them before the demo starts). The demo has settled when
     * no order rests and the venue holds exactly those positions again.
     */
    public static ExecStats runDemo(final Path dir, final Map<String, String> router,
                                    final List<DemoStrategy.Instrument> instruments, final long seed,
                                    final int trips, final List<OutsidePosition> outside,
                                    final Consumer<DemoStrategy.Result> check) throws Exception {
        try (ExecSession s = new ExecSession(ExecSession.Options.taker(dir).router(router))) {
            for (OutsidePosition p : outside) {
                assertTrue(s.rest.call(Endpoint.ORDER_PLACE, Params.none().add("symbol", p.symbol())
                    .add("side", p.side() == PositionSide.LONG ? "BUY" : "SELL").add("positionSide", p.side().name())
                    .add("type", "MARKET").add("quantity", p.size())).ok(), "outside order " + p);
            }
            s.await(() -> s.snapshot().openPositions == outside.size(), "the kernel seeing the outside positions");
            final DemoStrategy.Market market = new DemoStrategy.Market() {
                @Override
                public long price(final String symbol) {
                    return FixedPoint.parse(s.sim.price(symbol).toPlainString());
                }

                @Override
                public void step() {
                    s.sim.tick();
                }
            };
            final DemoStrategy demo = new DemoStrategy(s.ingress, market, s.kernel.stages().publisher(),
                s.exec::stats, instruments, seed, 2, 1_500, 5);
            final DemoStrategy.Result result = demo.run(trips);
            s.await(() -> onlyOutsideLeft(s.sim.account(), outside), "the demo's orders settled");
            check.accept(result);
            return s.exec.stats();
        }
    }

    private static boolean onlyOutsideLeft(final AccountSnapshot a, final List<OutsidePosition> outside) {
        if (!a.openOrders().isEmpty()) {
            return false;
        }
        return a.positions().stream().allMatch(p -> p.size().compareTo(outside.stream()
            .filter(o -> o.symbol().equals(p.symbol()) && o.side().name().equals(p.side().name()))
            .map(o -> new BigDecimal(o.size())).findFirst().orElse(BigDecimal.ZERO)) == 0);
    }
}
