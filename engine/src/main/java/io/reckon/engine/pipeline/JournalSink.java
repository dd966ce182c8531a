package io.reckon.engine.pipeline;

import io.reckon.engine.ring.RingEvent;

/** Where the consumer journals each decoded input and the periodic state hash. Replay journals nothing. */
public interface JournalSink {
    JournalSink NONE = new JournalSink() {
        @Override
        public boolean append(final RingEvent event) {
            return true;
        }

        @Override
        public void appendHash(final long sequence, final long hash) {
        }
    };

    /** @return false when the input could not be journaled; it must then not be folded */
    boolean append(RingEvent event);

    void appendHash(long sequence, long hash);
}
