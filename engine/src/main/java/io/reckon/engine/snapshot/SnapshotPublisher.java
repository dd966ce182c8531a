package io.reckon.engine.snapshot;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Publishes the latest {@link Snapshot} from the consumer thread to any number of reader threads, without locks and
 * without tearing: a sequence lock over one pre-allocated shared snapshot.
 *
 * <p>The writer makes the sequence odd, copies the snapshot in, and makes it even again; a reader copies out
 * between two reads of the sequence and retries if it was odd or changed meanwhile. The fences are those a seqlock
 * needs under the Java memory model: the odd sequence is ordered before the data stores (store-store fence), the
 * data stores before the even sequence (release), the reader's data loads after the first sequence read (acquire)
 * and before the second (load-load fence). A copy that raced with a write is discarded whole, so neither a torn
 * {@code long} nor a mix of two versions can escape.
 *
 * <p>Publishing never waits for readers and allocates nothing. A reader waits only while a publish is in progress
 * (a copy of a few hundred bytes), spinning briefly and then yielding.
 */
public final class SnapshotPublisher {
    private static final VarHandle SEQUENCE;
    private static final int SPINS_BEFORE_YIELD = 64;

    static {
        try {
            SEQUENCE = MethodHandles.lookup().findVarHandle(SnapshotPublisher.class, "sequence", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Even: the shared snapshot is stable; odd: a publish is in progress. Accessed only through {@link #SEQUENCE}. */
    @SuppressWarnings("unused")
    private long sequence;
    private final Snapshot shared = new Snapshot();

    /** Publishes a copy of {@code snapshot}. Single writer: the consumer thread only. Allocation-free. */
    public void publish(final Snapshot snapshot) {
        final long s = (long) SEQUENCE.get(this);
        SEQUENCE.setOpaque(this, s + 1);
        VarHandle.storeStoreFence();
        shared.copyFrom(snapshot);
        SEQUENCE.setRelease(this, s + 2);
    }

    /**
     * Copies the latest published snapshot into {@code copy}, consistently. Any thread; allocation-free.
     *
     * @return false (and {@code copy} untouched) when nothing has been published yet
     */
    public boolean readInto(final Snapshot copy) {
        int misses = 0;
        while (true) {
            final long before = (long) SEQUENCE.getAcquire(this);
            if (before == 0) {
                return false;
            }
            if ((before & 1) == 0) {
                copy.copyFrom(shared);
                VarHandle.loadLoadFence();
                if ((long) SEQUENCE.getOpaque(this) == before) {
                    return true;
                }
            }
            if (++misses < SPINS_BEFORE_YIELD) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /** How many snapshots have been published. */
    public long published() {
        return (long) SEQUENCE.getAcquire(this) >>> 1;
    }
}
