package io.reckon.bench.baseline;

import com.dslplatform.json.DslJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Baseline: a BingX frame bound to a class compiled by DSL-JSON's annotation processor ({@link DslUserEvent}), the
 * fastest mainstream Java JSON binding; the text heartbeat is recognised as a string first. Allocates the event
 * objects and their {@code BigDecimal}s per frame.
 */
public final class DslJsonDecoder {
    private final DslJson<Object> dsl = new DslJson<>(new DslJson.Settings<>().includeServiceLoader());

    public Object decode(final byte[] frame, final int length) throws IOException {
        if (length == 4 && JacksonDecoder.PING.equals(new String(frame, 0, length, StandardCharsets.US_ASCII))) {
            return JacksonDecoder.PING;
        }
        return dsl.deserialize(DslUserEvent.class, frame, length);
    }

    /** Whether the binding was generated at build time (the baseline is meant to be the compiled one). */
    public boolean usesCompiledBinding() {
        return dsl.tryFindReader(DslUserEvent.class) != null;
    }
}
