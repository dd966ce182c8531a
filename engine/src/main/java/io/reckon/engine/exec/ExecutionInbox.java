package io.reckon.engine.exec;

import org.agrona.concurrent.OneToOneConcurrentArrayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The bounded single-producer, single-consumer hand-off from the consumer thread to the execution thread: a pool of
 * pre-allocated {@link ExecMessage}s circulating through two Agrona {@link OneToOneConcurrentArrayQueue}s (free →
 * consumer fills → inbound → execution thread reads → free), so nothing is allocated per message and no intent or
 * order event is ever dropped.
 *
 * <p>When every message is in flight the consumer waits (parking briefly, counted and logged once per episode)
 * rather than drop an input: an accepted EXIT must reach the venue. The execution thread therefore never blocks on
 * the ring (it publishes with {@code RingIngress#tryPublish}), so the two threads cannot wait on each other. The
 * execution thread sleeps in {@link #await} and is woken by {@link #post}; its parks are bounded, so a wake-up lost
 * to a race costs at most that bound.
 */
public final class ExecutionInbox implements ExecSink {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionInbox.class);
    private static final long FULL_PARK_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final OneToOneConcurrentArrayQueue<ExecMessage> free;
    private final OneToOneConcurrentArrayQueue<ExecMessage> inbound;
    private volatile Thread sleeper;
    private boolean stalled;

    /** @param capacity messages in the pool; rounded up to a power of two by the queues */
    public ExecutionInbox(final int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity must be at least 2, got " + capacity);
        }
        this.free = new OneToOneConcurrentArrayQueue<>(capacity);
        this.inbound = new OneToOneConcurrentArrayQueue<>(capacity);
        for (int i = 0; i < free.capacity(); i++) {
            free.offer(new ExecMessage());
        }
    }

    // ---- consumer thread

    @Override
    public ExecMessage claim() {
        ExecMessage m = free.poll();
        if (m == null) {
            if (!stalled) {
                stalled = true;
                LOG.warn("execution inbox full ({} messages in flight): the consumer waits for the execution thread",
                    free.capacity());
            }
            do {
                wake();
                LockSupport.parkNanos(FULL_PARK_NANOS);
                m = free.poll();
            } while (m == null);
        } else {
            stalled = false;
        }
        m.clear();
        return m;
    }

    @Override
    public void post(final ExecMessage message) {
        inbound.offer(message);
        VarHandle.fullFence();
        wake();
    }

    private void wake() {
        final Thread t = sleeper;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    // ---- execution thread

    /** The next message, or null when none is waiting. */
    public ExecMessage poll() {
        return inbound.poll();
    }

    /** Returns a message to the pool once the desk is done with it. */
    public void release(final ExecMessage message) {
        free.offer(message);
    }

    /** Sleeps until a message is posted or {@code maxNanos} pass, whichever is first. */
    public void await(final long maxNanos) {
        sleeper = Thread.currentThread();
        VarHandle.fullFence();
        if (inbound.isEmpty()) {
            LockSupport.parkNanos(this, maxNanos);
        }
        sleeper = null;
    }
}
