package io.reckon.adapters.bingx.exec;

import io.reckon.engine.exec.ExecChannel;
import io.reckon.engine.pipeline.RingIngress;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The execution thread's way onto the ring: every record goes on {@link ExecChannel#connectionOf(long)
 * connectionOf(commandId)} and is published with {@link RingIngress#tryPublish}, which never waits. The consumer
 * may be waiting for this thread to drain the execution inbox; were this thread to wait for ring space in turn,
 * both would wait forever. A record that finds the ring full is kept (copied, in order) and published by
 * {@link #flush()} on the next turn of the loop. Confined to the execution thread.
 */
final class ExecOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(ExecOutbox.class);

    private final RingIngress ingress;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long deferred;

    ExecOutbox(final RingIngress ingress) {
        this.ingress = ingress;
    }

    void ack(final long commandId, final RestTopic topic, final byte[] body) {
        publish(Source.ACK, commandId, topic, body);
    }

    void poll(final long commandId, final RestTopic topic, final byte[] body) {
        publish(Source.POLL, commandId, topic, body);
    }

    void control(final long commandId, final byte[] body) {
        publish(Source.CONTROL, commandId, RestTopic.NONE, body);
    }

    /** Publishes what the full ring held back, in order; true when nothing is left waiting. */
    boolean flush() {
        while (!pending.isEmpty()) {
            final Pending p = pending.peekFirst();
            if (!ingress.tryPublish(p.source, ExecChannel.connectionOf(p.commandId), p.topic, p.body, 0,
                p.body.length)) {
                return false;
            }
            pending.pollFirst();
        }
        return true;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Records that found the ring full and waited; a sign the consumer is far behind. */
    long deferred() {
        return deferred;
    }

    private void publish(final Source source, final long commandId, final RestTopic topic, final byte[] body) {
        if (pending.isEmpty() && ingress.tryPublish(source, ExecChannel.connectionOf(commandId), topic, body, 0,
            body.length)) {
            return;
        }
        if (deferred++ == 0) {
            LOG.warn("ring full: execution records wait for the consumer to catch up");
        }
        pending.addLast(new Pending(source, commandId, topic, Arrays.copyOf(body, body.length)));
    }

    private record Pending(Source source, long commandId, RestTopic topic, byte[] body) {
    }
}
