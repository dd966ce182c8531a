package io.reckon.engine.ledger;

/**
 * Makes a fold all-or-nothing. Every write to ledger state goes through {@link #set}, which remembers the old
 * value; {@link #commit()} keeps the event's writes and {@link #rollback()} restores them in reverse order, so an
 * {@link ArithmeticException} half-way through a fold (an absurd size times an absurd price) leaves the ledger
 * exactly as it was. Pre-allocated parallel arrays; allocation-free.
 */
final class UndoLog {
    private final long[][] arrays;
    private final int[] indexes;
    private final long[] oldValues;
    private int size;

    UndoLog(final int capacity) {
        this.arrays = new long[capacity][];
        this.indexes = new int[capacity];
        this.oldValues = new long[capacity];
    }

    /**
     * Writes {@code value} at {@code array[index]}, remembering the old value.
     *
     * @throws ArithmeticException if one event writes more than the capacity sized for it (rolled back like an
     *                             overflow; the capacity covers the largest event, so this signals a bug)
     */
    void set(final long[] array, final int index, final long value) {
        final long old = array[index];
        if (old == value) {
            return;
        }
        if (size == oldValues.length) {
            throw new ArithmeticException("ledger undo capacity exceeded");
        }
        arrays[size] = array;
        indexes[size] = index;
        oldValues[size] = old;
        size++;
        array[index] = value;
    }

    void commit() {
        size = 0;
    }

    void rollback() {
        while (size > 0) {
            size--;
            arrays[size][indexes[size]] = oldValues[size];
        }
    }
}
