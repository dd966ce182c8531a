package io.reckon.adapters.report;

import io.reckon.config.Venue;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.Source;
import io.reckon.journal.JournalExport;

/** Names the engine's enum ordinals in exported journal records ({@code reckon journal cat}). */
public final class JournalLabels implements JournalExport.Labels {
    @Override
    public String venue(final int ordinal) {
        return ordinal >= 0 && ordinal < Venue.values().length ? Venue.values()[ordinal].key() : null;
    }

    @Override
    public String source(final int ordinal) {
        final Source s = Source.of(ordinal);
        return s == null ? null : s.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String topic(final int ordinal) {
        final RestTopic t = RestTopic.of(ordinal);
        return t == null ? null : t.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String reject(final int ordinal) {
        final RejectReason r = RejectReason.of(ordinal);
        return r == null ? null : r.name();
    }
}
