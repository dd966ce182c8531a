package io.reckon.bench.baseline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Baseline: a BingX frame parsed the way most clients do it, Jackson databind into a {@code Map} (one reused
 * {@link ObjectMapper}); the text heartbeat is recognised as a string first. Allocates the map tree per frame.
 */
public final class JacksonDecoder {
    /** What {@link #decode} returns for the heartbeat. */
    public static final Object PING = "Ping";

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper = new ObjectMapper();

    public Object decode(final byte[] frame, final int length) throws IOException {
        if (length == 4 && PING.equals(new String(frame, 0, length, StandardCharsets.US_ASCII))) {
            return PING;
        }
        return mapper.readValue(frame, 0, length, MAP);
    }

    /** The frame as a map of maps, lists, strings and numbers. */
    public Map<String, Object> map(final byte[] frame, final int length) throws IOException {
        return mapper.readValue(frame, 0, length, MAP);
    }
}
