package io.reckon.engine.replay;

import io.reckon.config.ReckonConfig;
import io.reckon.engine.pipeline.BusinessStages;
import io.reckon.engine.pipeline.EventTap;
import io.reckon.engine.pipeline.VenueCodec;

/**
 * What replay needs to rebuild one journaled session: its codec, fresh business stages, and the tap that sees each
 * event after them (the execution feed, when a replay re-runs the router's decisions).
 */
public record ReplaySession(ReckonConfig config, VenueCodec codec, BusinessStages stages, EventTap tap) {

    public ReplaySession(final ReckonConfig config, final VenueCodec codec, final BusinessStages stages) {
        this(config, codec, stages, EventTap.NONE);
    }

    /** Builds a session from the configuration its journal recorded; the launcher supplies the venue's codec. */
    @FunctionalInterface
    public interface Factory {
        ReplaySession open(ReckonConfig config, long sessionStartNanos);
    }
}
