package io.reckon.bench.jmh;

import io.reckon.adapters.bingx.codec.BingxCodec;
import io.reckon.bench.baseline.BigDecimalLedger;
import io.reckon.bench.frames.SessionFrames;
import io.reckon.bench.kernel.BenchKernel;
import io.reckon.bench.kernel.StageSet;
import io.reckon.config.ConfigLoader;
import io.reckon.engine.kernel.KernelStages;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.engine.symbol.SymbolTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The kernel's business stages on one decoded ORDER_TRADE_UPDATE fill: all of them as the consumer runs them
 * ({@link KernelStages#onEvent}: normalise, fee sign, fold, reconcile, snapshot publish), and each alone. The fills
 * are distinct orders, opening and closing 0.1 LTC in turn, so every one is booked. The baseline is the same fold
 * in {@code BigDecimal}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class KernelStagesBench {
    private static final int MASK = BenchKernel.CYCLE - 1;

    private RingEvent[] fills;
    private KernelStages kernel;
    private StageSet stages;
    /** One opening and one closing fill, normalised, for the fold alone. */
    private RingEvent[] normalisedPair;
    private BigDecimalLedger.Fill[] bigFills;
    private BigDecimalLedger bigLedger;
    private long sequence;
    private int next;

    @Setup
    public void setUp() {
        final SymbolTable symbols = new SymbolTable(4096);
        kernel = new KernelStages(BenchKernel.config(), symbols, SnapshotListener.NONE);
        stages = new StageSet(BenchKernel.config(), symbols);
        final BingxCodec codec = new BingxCodec(symbols, symbols);
        final List<byte[]> frames = SessionFrames.fills(BenchKernel.CYCLE);
        fills = new RingEvent[frames.size()];
        for (int i = 0; i < fills.length; i++) {
            fills[i] = decoded(codec, frames.get(i));
        }
        normalisedPair = new RingEvent[] {decoded(codec, frames.get(0)), decoded(codec, frames.get(1))};
        for (final RingEvent e : normalisedPair) {
            stages.normaliser.normalise(e);
            stages.normaliser.discard();
            stages.feeSign.apply(e);
            if (!e.kind.isFill()) {
                throw new IllegalStateException("set-up fill did not normalise to a fill: " + e.kind);
            }
        }
        bigFills = new BigDecimalLedger.Fill[] {bigFill(normalisedPair[0]), bigFill(normalisedPair[1])};
        bigLedger = new BigDecimalLedger(new BigDecimal(SessionFrames.SEED_USDT), BenchKernel.config()
            .defaultLeverage());
    }

    /** Normalise, fee sign, fold, reconcile and publish, as the consumer thread runs them. */
    @Benchmark
    public long allStages() {
        final RingEvent e = fills[next++ & MASK];
        e.sequence = ++sequence;
        e.recvTimeNanos = e.eventTimeMs * 1_000_000L;
        kernel.onEvent(e);
        return kernel.current().version;
    }

    /** A new order's fill against the order table; nothing is committed, so each call sees the same state. */
    @Benchmark
    public EventKind normalise() {
        final RingEvent e = fills[next++ & MASK];
        stages.normaliser.normalise(e);
        stages.normaliser.discard();
        return e.kind;
    }

    @Benchmark
    public long feeSign() {
        final RingEvent e = normalisedPair[next++ & 1];
        stages.feeSign.apply(e);
        return e.feeCost;
    }

    /** Opening and closing fills in turn, so the position stays bounded. */
    @Benchmark
    public long fold() {
        stages.ledger.fold(normalisedPair[next++ & 1]);
        return stages.ledger.capital();
    }

    @Benchmark
    public long reconcile() {
        stages.reconciler.reconcile(++sequence);
        return stages.reconciler.delta(io.reckon.engine.reconcile.ReconcileRule.of(0));
    }

    /** Baseline: the same fills folded in {@code BigDecimal}, a snapshot object per fill. */
    @Benchmark
    public Object foldBigDecimal() {
        return bigLedger.fold(bigFills[next++ & 1]);
    }

    private static RingEvent decoded(final BingxCodec codec, final byte[] json) {
        final RingEvent e = new RingEvent(ConfigLoader.defaultConfig().slotBytes());
        e.source = Source.WS;
        e.setPayload(json, 0, json.length);
        codec.decode(e);
        if (e.decoded != DecodedKind.ORDER_UPDATE) {
            throw new IllegalStateException("set-up frame did not decode to an order update: " + e.decoded);
        }
        return e;
    }

    private static BigDecimalLedger.Fill bigFill(final RingEvent e) {
        return new BigDecimalLedger.Fill(SessionFrames.SYMBOL, e.order.side == io.reckon.engine.ring.Side.BUY,
            e.order.positionSide.name(), decimal(e.fillQty), decimal(e.fillPrice), decimal(e.feeCost),
            decimal(e.realizedPnl));
    }

    private static BigDecimal decimal(final long fixedPoint) {
        return new BigDecimal(FixedPoint.toPlainString(fixedPoint));
    }
}
