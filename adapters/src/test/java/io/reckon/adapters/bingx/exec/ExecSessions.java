package io.reckon.adapters.bingx.exec;

import io.reckon.adapters.demo.DemoStrategy;
import io.reckon.engine.num.FixedPoint;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Entry points into {@link ExecSession} for tests of other packages. */
public final class ExecSessions {
    private ExecSessions() {
    }

    /** Runs the demo strategy over a fresh live session; returns the execution counters at the end. */
    public static ExecStats runDemo(final Path dir, final Map<String, String> router,
                                    final List<DemoStrategy.Instrument> instruments, final long seed,
                                    final int trips, final Consumer<DemoStrategy.Result> check) throws Exception {
        try (ExecSession s = new ExecSession(ExecSession.Options.taker(dir).router(router))) {
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
            s.await(s::flat, "the demo's orders settled");
            check.accept(result);
            return s.exec.stats();
        }
    }
}
