package io.reckon.adapters.sim;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Listen keys and their expiry: a key lives for the configured TTL after it is created or
 * extended; an extend of an unknown or expired key fails (the REST layer answers HTTP 404). Expired keys are
 * removed by {@link #sweepExpired()}, which the housekeeping task runs, so that their sockets can be told.
 * Thread-safe.
 */
final class ListenKeyRegistry {
    private final InstantSource clock;
    private final long ttlMs;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Long> expiresAtMs = new LinkedHashMap<>();

    ListenKeyRegistry(final InstantSource clock, final Duration ttl) {
        this.clock = clock;
        this.ttlMs = ttl.toMillis();
    }

    /** Creates a fresh 64-hex-digit key, valid for the TTL from now. */
    synchronized String create() {
        final byte[] raw = new byte[32];
        random.nextBytes(raw);
        final String key = HexFormat.of().formatHex(raw);
        expiresAtMs.put(key, clock.millis() + ttlMs);
        return key;
    }

    /** Extends a live key to the TTL from now; false when the key is unknown or already expired. */
    synchronized boolean extend(final String key) {
        if (!isLive(key)) {
            return false;
        }
        expiresAtMs.put(key, clock.millis() + ttlMs);
        return true;
    }

    /** Deletes a key; false when it was unknown or expired. */
    synchronized boolean delete(final String key) {
        final boolean live = isLive(key);
        expiresAtMs.remove(key);
        return live;
    }

    /** True when the key exists and has not yet expired by the clock. */
    synchronized boolean isLive(final String key) {
        final Long at = key == null ? null : expiresAtMs.get(key);
        return at != null && clock.millis() < at;
    }

    /** Removes and returns every key whose expiry has passed, oldest first. */
    synchronized List<String> sweepExpired() {
        final long now = clock.millis();
        final List<String> expired = new ArrayList<>();
        for (final Iterator<Map.Entry<String, Long>> it = expiresAtMs.entrySet().iterator(); it.hasNext(); ) {
            final Map.Entry<String, Long> e = it.next();
            if (now >= e.getValue()) {
                expired.add(e.getKey());
                it.remove();
            }
        }
        return expired;
    }

    /** Removes and returns every key, live or not (the "expire now" fault). */
    synchronized List<String> expireAll() {
        final List<String> all = new ArrayList<>(expiresAtMs.keySet());
        expiresAtMs.clear();
        return all;
    }
}
