package io.reckon.adapters.report;

import io.reckon.config.Venue;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.Source;
import io.reckon.journal.JournalExport;

/** Names the journaled codes in exported journal records ({@code reckon journal cat}). */
public final class JournalLabels implements JournalExport.Labels {
    @Override
    public String venue(final int code) {
        final Venue v = Venue.of(code);
        return v == null ? null : v.key();
    }

    @Override
    public String source(final int code) {
        final Source s = Source.of(code);
        return s == null ? null : s.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String topic(final int code) {
        final RestTopic t = RestTopic.of(code);
        return t == null ? null : t.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String reject(final int code) {
        final RejectReason r = RejectReason.of(code);
        return r == null ? null : r.name();
    }
}
