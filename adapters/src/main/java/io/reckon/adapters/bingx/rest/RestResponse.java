package io.reckon.adapters.bingx.rest;

/**
 * The outcome of one REST call after any retries: the classified {@link RestError}, what the venue said, and the
 * raw body bytes verbatim (they go onto the ring as {@code poll} records). {@link #toString()} omits the body and
 * any listen key.
 */
public final class RestResponse {
    private static final byte[] NO_BODY = new byte[0];

    private final Endpoint endpoint;
    private final RestError error;
    private final int httpStatus;
    private final long code;
    private final String message;
    private final byte[] body;
    private final int attempts;
    private final boolean reportable;
    private final ListenKey listenKey;
    private final int dataCount;

    RestResponse(final Endpoint endpoint, final RestError error, final int httpStatus, final long code,
                 final String message, final byte[] body, final int attempts, final boolean reportable,
                 final ListenKey listenKey, final int dataCount) {
        this.endpoint = endpoint;
        this.error = error;
        this.httpStatus = httpStatus;
        this.code = code;
        this.message = message;
        this.body = body == null ? NO_BODY : body;
        this.attempts = attempts;
        this.reportable = reportable;
        this.listenKey = listenKey;
        this.dataCount = dataCount;
    }

    /** A failure decided before anything was sent (the rate-limit cool-down). */
    static RestResponse local(final Endpoint endpoint, final RestError error, final String message,
                              final boolean reportable) {
        return new RestResponse(endpoint, error, 0, 0, message, NO_BODY, 0, reportable, null, -1);
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public boolean ok() {
        return error == RestError.NONE;
    }

    public RestError error() {
        return error;
    }

    /** The HTTP status of the last attempt, or 0 when no response arrived (timeout, network, cool-down). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The envelope's business code, or 0 when there was none. */
    public long code() {
        return code;
    }

    /** The venue's {@code msg} or a transport description, with secrets and listen keys redacted. */
    public String message() {
        return message;
    }

    /** The response body exactly as received; empty when there was none. Do not modify. */
    public byte[] body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    /**
     * False only for a rate-limited call inside a rate-limit episode that has already been reported: callers
     * report a failure when this is true, so an episode shows up once rather than once per call.
     */
    public boolean reportable() {
        return reportable;
    }

    /** The key a successful {@link Endpoint#LISTEN_KEY_CREATE} returned, else null. */
    public ListenKey listenKey() {
        return listenKey;
    }

    /** Rows in the envelope's {@code data} (see {@link Envelope}), or -1 when there was no array. */
    public int dataCount() {
        return dataCount;
    }

    @Override
    public String toString() {
        return "RestResponse[" + endpoint.label() + " " + error + " http=" + httpStatus + " code=" + code
            + " attempts=" + attempts + " bytes=" + body.length + " msg=" + message + "]";
    }
}
