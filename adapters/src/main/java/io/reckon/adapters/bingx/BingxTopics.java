package io.reckon.adapters.bingx;

import io.reckon.adapters.bingx.rest.Endpoint;
import io.reckon.engine.ring.RestTopic;

/** Which venue-neutral REST topic each BingX endpoint's body is, for {@code poll} records. */
public final class BingxTopics {
    private BingxTopics() {
    }

    public static RestTopic of(final Endpoint endpoint) {
        return switch (endpoint) {
            case BALANCE -> RestTopic.BALANCE;
            case POSITIONS -> RestTopic.POSITIONS;
            case OPEN_ORDERS -> RestTopic.OPEN_ORDERS;
            case ALL_ORDERS -> RestTopic.ALL_ORDERS;
            case INCOME -> RestTopic.INCOME;
            default -> RestTopic.NONE;
        };
    }

    /** The topic of a REST path as captured (query string ignored), or null for a path that is not a fact. */
    public static RestTopic ofPath(final String path) {
        final int q = path.indexOf('?');
        final String bare = q < 0 ? path : path.substring(0, q);
        for (Endpoint e : Endpoint.values()) {
            if (e.path().equals(bare) && of(e) != RestTopic.NONE) {
                return of(e);
            }
        }
        return null;
    }
}
