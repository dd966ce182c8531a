package io.reckon.adapters.runtime;

import io.reckon.adapters.bingx.codec.BingxCodec;
import io.reckon.config.ReckonConfig;
import io.reckon.config.Venue;
import io.reckon.engine.intent.EngineCodec;
import io.reckon.engine.intent.IntentCodec;
import io.reckon.engine.kernel.KernelConfig;
import io.reckon.engine.kernel.KernelStages;
import io.reckon.engine.pipeline.EventTap;
import io.reckon.engine.pipeline.VenueCodec;
import io.reckon.engine.replay.ReplaySession;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.engine.symbol.SymbolTable;

/**
 * Builds the consumer-side objects of one session from its configuration: the symbol table, the codec (the
 * engine's intent decoding joined to the venue's codec) and the kernel stages. Live runs, imports and replays all assemble through here, so a replay is built exactly
 * as the run that wrote the journal was.
 */
public record KernelAssembly(ReckonConfig config, SymbolTable symbols, VenueCodec codec, KernelStages stages) {
    /** Symbols and assets share one table: the kernel compares balance asset ids with its settlement asset's. */
    private static final int SYMBOL_CAPACITY = 4096;

    public static KernelAssembly create(final ReckonConfig config, final SnapshotListener listener) {
        if (config.venue() != Venue.BINGX) {
            throw new io.reckon.config.ConfigException("venue", "no codec for " + config.venue().key());
        }
        final SymbolTable symbols = new SymbolTable(SYMBOL_CAPACITY);
        final KernelStages stages = new KernelStages(KernelConfig.of(config), symbols, listener);
        final VenueCodec codec = new EngineCodec(new BingxCodec(symbols, symbols), new IntentCodec(symbols));
        return new KernelAssembly(config, symbols, codec, stages);
    }

    public ReplaySession replaySession() {
        return new ReplaySession(config, codec, stages);
    }

    /** A replay session whose events also go to {@code tap} (an execution feed re-running the router). */
    public ReplaySession replaySession(final EventTap tap) {
        return new ReplaySession(config, codec, stages, tap);
    }
}
