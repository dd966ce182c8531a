package io.reckon.adapters.sim;

/**
 * What the venue answers to a request: the business code (0 = accepted), its message, the order it concerns when
 * there is one, and the REST body, built under the venue's lock so that it is consistent with the frames.
 */
record VenueReply(int code, String msg, OrderView order, String body) {
    static VenueReply reject(final int code, final String msg) {
        return new VenueReply(code, msg, null, RestBodies.error(code, msg));
    }

    static VenueReply ok(final OrderView order, final String body) {
        return new VenueReply(0, "", order, body);
    }

    boolean accepted() {
        return code == 0;
    }
}
