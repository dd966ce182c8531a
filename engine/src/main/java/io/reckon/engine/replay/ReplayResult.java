package io.reckon.engine.replay;

/**
 * The outcome of replaying a journal.
 *
 * @param firstMismatchSeq the engine sequence of the first state-hash checkpoint that did not match, or -1
 * @param lastMatchedSeq   the last checkpoint before it that did match (the divergence lies after it), or -1
 */
public record ReplayResult(long sessions, long inputs, long hashesChecked, long firstMismatchSeq,
                           long lastMatchedSeq, long expectedHash, long actualHash) {
    public boolean verified() {
        return firstMismatchSeq < 0;
    }
}
