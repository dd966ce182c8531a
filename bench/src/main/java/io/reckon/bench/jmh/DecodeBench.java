package io.reckon.bench.jmh;

import io.reckon.adapters.bingx.codec.BingxCodec;
import io.reckon.bench.baseline.DslJsonDecoder;
import io.reckon.bench.baseline.JacksonDecoder;
import io.reckon.bench.frames.BenchFrame;
import io.reckon.config.ConfigLoader;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.symbol.SymbolTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Decode of each BingX event type from the inflated payload: reckon's codec into a pre-allocated ring slot (the
 * slot size the product ships with) against Jackson into a {@code Map} and DSL-JSON into a compiled class.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DecodeBench {
    @Param({"ORDER_TRADE_UPDATE", "ORDER_TRADE_UPDATE_LAST_FILL", "ACCOUNT_UPDATE_POSITIONS", "FUNDING_FEE", "PING"})
    public BenchFrame frame;

    private byte[] json;
    private final SymbolTable symbols = new SymbolTable(4096);
    private final BingxCodec codec = new BingxCodec(symbols, symbols);
    private RingEvent slot;
    private final JacksonDecoder jackson = new JacksonDecoder();
    private final DslJsonDecoder dslJson = new DslJsonDecoder();

    @Setup
    public void setUp() {
        json = frame.json();
        slot = new RingEvent(ConfigLoader.defaultConfig().slotBytes());
        slot.source = Source.WS;
        slot.setPayload(json, 0, json.length);
        codec.decode(slot);
        if (slot.decoded == DecodedKind.REJECTED || slot.decoded == DecodedKind.UNKNOWN_EVENT) {
            throw new IllegalStateException(frame + " does not decode: " + slot.decoded + " " + slot.reject);
        }
    }

    @Benchmark
    public DecodedKind reckon() {
        codec.decode(slot);
        return slot.decoded;
    }

    @Benchmark
    public Object jackson() throws IOException {
        return jackson.decode(json, json.length);
    }

    @Benchmark
    public Object dslJson() throws IOException {
        return dslJson.decode(json, json.length);
    }
}
