package io.reckon.adapters.bingx.stream;

import io.reckon.adapters.bingx.rest.RestResponse;
import io.reckon.engine.pipeline.Ingress;

import java.nio.charset.StandardCharsets;

/**
 * A small lifecycle event, {@code {"event":"connected","reason":"start",...}}, published through
 * {@link Ingress#control}. Callers put in only names, numbers and text already scrubbed of secrets. Cold path:
 * allocates.
 */
final class ControlJson {
    private final StringBuilder sb = new StringBuilder(128);

    private ControlJson(final String event) {
        sb.append("{\"event\":\"").append(event).append('"');
    }

    static ControlJson event(final String name) {
        return new ControlJson(name);
    }

    /** The event every reportable REST failure becomes. */
    static ControlJson restFailure(final RestResponse r) {
        return event("rest_failure").put("endpoint", r.endpoint().label()).put("kind", r.error().name())
            .put("http", r.httpStatus()).put("code", r.code()).put("attempts", r.attempts())
            .put("msg", r.message());
    }

    ControlJson put(final String key, final long value) {
        sb.append(",\"").append(key).append("\":").append(value);
        return this;
    }

    ControlJson put(final String key, final boolean value) {
        sb.append(",\"").append(key).append("\":").append(value);
        return this;
    }

    ControlJson put(final String key, final String value) {
        sb.append(",\"").append(key).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
        return this;
    }

    void publish(final Ingress ingress, final long connectionId) {
        final byte[] b = toString().getBytes(StandardCharsets.UTF_8);
        ingress.control(connectionId, b, 0, b.length);
    }

    @Override
    public String toString() {
        return sb + "}";
    }
}
