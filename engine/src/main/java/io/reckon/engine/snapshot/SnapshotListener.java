package io.reckon.engine.snapshot;

/**
 * Told of every snapshot, on the consumer thread, right after it is published. The snapshot is the kernel's
 * working copy: valid only during the call, to be copied (not kept) by anyone who needs it later.
 */
@FunctionalInterface
public interface SnapshotListener {
    SnapshotListener NONE = snapshot -> { };

    void onSnapshot(Snapshot snapshot);
}
