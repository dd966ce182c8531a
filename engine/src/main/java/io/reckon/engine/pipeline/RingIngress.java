package io.reckon.engine.pipeline;

import com.lmax.disruptor.RingBuffer;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import org.agrona.concurrent.EpochNanoClock;

import java.nio.ByteBuffer;

/**
 * The producer side of the ring. Every call claims the next slot, stamps the receive time from the injected
 * clock, fills and decodes the slot on the calling thread, and publishes it in {@code finally}: a decoder bug can
 * cost an event its meaning (it is published as rejected) but can never stall the ring with an unpublished slot.
 *
 * <p>Thread-safe for any number of producers (the ring is multi-producer). Allocation-free on well-formed input.
 */
public final class RingIngress implements Ingress {
    private final RingBuffer<RingEvent> ring;
    private final VenueCodec codec;
    private final EpochNanoClock clock;
    private final int venue;

    public RingIngress(final RingBuffer<RingEvent> ring, final VenueCodec codec, final EpochNanoClock clock,
                       final int venue) {
        this.ring = ring;
        this.codec = codec;
        this.clock = clock;
        this.venue = venue;
    }

    @Override
    public void wire(final long connectionId, final ByteBuffer data, final boolean binary) {
        final long seq = ring.next();
        try {
            final RingEvent e = claim(seq, Source.WS, connectionId, RestTopic.NONE);
            try {
                codec.fromWire(data, binary, e);
            } catch (RuntimeException bug) {
                e.rejectAs(RejectReason.DECODER_FAULT, 0);
            }
        } finally {
            ring.publish(seq);
        }
    }

    @Override
    public void poll(final long connectionId, final RestTopic topic, final byte[] body, final int offset,
                     final int length) {
        publishPayload(Source.POLL, connectionId, topic, body, offset, length);
    }

    @Override
    public void ack(final long connectionId, final RestTopic topic, final byte[] body, final int offset,
                    final int length) {
        publishPayload(Source.ACK, connectionId, topic, body, offset, length);
    }

    @Override
    public void intent(final byte[] body, final int offset, final int length) {
        publishPayload(Source.INTENT, 0, RestTopic.NONE, body, offset, length);
    }

    @Override
    public void control(final long connectionId, final byte[] body, final int offset, final int length) {
        publishPayload(Source.CONTROL, connectionId, RestTopic.NONE, body, offset, length);
    }

    private void publishPayload(final Source source, final long connectionId, final RestTopic topic,
                                final byte[] body, final int offset, final int length) {
        final long seq = ring.next();
        try {
            final RingEvent e = claim(seq, source, connectionId, topic);
            e.setPayload(body, offset, length);
            try {
                codec.decode(e);
            } catch (RuntimeException bug) {
                e.rejectAs(RejectReason.DECODER_FAULT, 0);
            }
        } finally {
            ring.publish(seq);
        }
    }

    private RingEvent claim(final long seq, final Source source, final long connectionId, final RestTopic topic) {
        final RingEvent e = ring.get(seq);
        e.reset();
        e.source = source;
        e.venue = venue;
        e.connectionId = connectionId;
        e.topic = topic;
        e.sequence = seq;
        e.recvTimeNanos = clock.nanoTime();
        return e;
    }
}
