package io.reckon.engine.replay;

import io.reckon.config.ReckonConfig;
import io.reckon.engine.pipeline.BusinessStages;
import io.reckon.engine.pipeline.VenueCodec;

/** What replay needs to rebuild one journaled session: its codec and fresh business stages. */
public record ReplaySession(ReckonConfig config, VenueCodec codec, BusinessStages stages) {

    /** Builds a session from the configuration its journal recorded; the launcher supplies the venue's codec. */
    @FunctionalInterface
    public interface Factory {
        ReplaySession open(ReckonConfig config, long sessionStartNanos);
    }
}
