package io.reckon.journal;

/**
 * A journal that cannot be opened, read or written. Every message names the journal directory, so an operator
 * reading a log line knows which journal to look at without a stack trace.
 */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JournalException(final String message) {
        super(message);
    }

    public JournalException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
