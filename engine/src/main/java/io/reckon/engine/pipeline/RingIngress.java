package io.reckon.engine.pipeline;

import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import org.agrona.concurrent.EpochNanoClock;

import java.nio.ByteBuffer;
import java.util.function.Supplier;

/**
 * The producer side of the ring. Every call claims the next slot, stamps the receive time from the injected
 * clock, fills the slot's envelope and payload (inflating wire frames) and publishes it in {@code finally}, so a
 * failure can never stall the ring with a claimed, unpublished slot. Decoding happens on the consumer thread.
 *
 * <p>Safe for any number of producer threads: each thread gets its own stateful {@link WireReader} (created on
 * that thread's first frame) and the ring is multi-producer. During a stream rotation two sockets deliver at once,
 * each on its own thread. Allocation-free except for a thread's first frame and a frame larger than a slot.
 */
public final class RingIngress implements Ingress {
    private final RingBuffer<RingEvent> ring;
    private final ThreadLocal<WireReader> wireReaders;
    private final EpochNanoClock clock;
    private final int venue;

    public RingIngress(final RingBuffer<RingEvent> ring, final Supplier<WireReader> wireReaders,
                       final EpochNanoClock clock, final int venue) {
        this.ring = ring;
        this.wireReaders = ThreadLocal.withInitial(wireReaders);
        this.clock = clock;
        this.venue = venue;
    }

    @Override
    public void wire(final long connectionId, final ByteBuffer data, final boolean binary) {
        final long seq = ring.next();
        try {
            wireReaders.get().read(data, binary, claim(seq, Source.WS, connectionId, RestTopic.NONE));
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

    /**
     * Publishes a payload like {@link #ack}, {@link #poll} or {@link #control} but never waits for a free slot: a
     * producer that the consumer may itself be waiting on (the execution thread, whose queue the consumer fills)
     * must not block on the ring, or the two could wait on each other forever.
     *
     * @return false, with nothing published, when the ring is full
     */
    public boolean tryPublish(final Source source, final long connectionId, final RestTopic topic, final byte[] body,
                              final int offset, final int length) {
        final long seq;
        try {
            seq = ring.tryNext();
        } catch (InsufficientCapacityException full) {
            return false;
        }
        try {
            claim(seq, source, connectionId, topic).setPayload(body, offset, length);
        } finally {
            ring.publish(seq);
        }
        return true;
    }

    private void publishPayload(final Source source, final long connectionId, final RestTopic topic,
                                final byte[] body, final int offset, final int length) {
        final long seq = ring.next();
        try {
            claim(seq, source, connectionId, topic).setPayload(body, offset, length);
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
