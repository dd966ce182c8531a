package io.reckon.adapters.capture;

import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.Source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Reads a capture file in JSON Lines. Each line is either a bare venue frame (source {@code ws}, received at its
 * {@code E}) or {@code {"recv_ts_ms": ms, "source": "ws"|"poll", "endpoint": "<REST path>", "frame": <json>}}.
 *
 * <p>Nothing is dropped: a line that is not valid JSON, or has no usable time, is still returned (as a stream
 * frame carrying the line's bytes, received at the previous line's time) with {@link CapturedInput#problem()}
 * set, so the import journals it and the decoder rejects it with a named reason. Blank lines are skipped.
 */
public final class CaptureReader implements Iterator<CapturedInput> {
    private final BufferedReader in;
    private final Function<String, RestTopic> topicOfEndpoint;
    private long lastRecvNanos;
    private int lineNumber;
    private CapturedInput next;

    /** @param topicOfEndpoint the venue's REST path to topic mapping; returns null for a path it does not know */
    public CaptureReader(final BufferedReader in, final Function<String, RestTopic> topicOfEndpoint) {
        this.in = in;
        this.topicOfEndpoint = topicOfEndpoint;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readNext();
        }
        return next != null;
    }

    @Override
    public CapturedInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        final CapturedInput r = next;
        next = null;
        return r;
    }

    private CapturedInput readNext() {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    return parse(line.strip());
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CapturedInput parse(final String line) {
        final byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        final Map<String, JsonSpans.Span> members;
        try {
            members = JsonSpans.members(bytes);
        } catch (IllegalArgumentException e) {
            return unreadable(bytes, "not a JSON object: " + e.getMessage());
        }
        final JsonSpans.Span frame = members.get("frame");
        if (frame == null) {
            final JsonSpans.Span eventTime = members.get("E");
            final long ms = eventTime == null ? -1 : millis(eventTime);
            if (ms < 0) {
                return unreadable(bytes, "bare frame without a numeric \"E\" to use as its receive time");
            }
            return input(Source.WS, RestTopic.NONE, ms, bytes, null);
        }
        final JsonSpans.Span recv = members.get("recv_ts_ms");
        final long ms = recv == null ? -1 : millis(recv);
        if (ms < 0) {
            return unreadable(bytes, "\"recv_ts_ms\" missing or not a non-negative integer");
        }
        final byte[] payload = java.util.Arrays.copyOfRange(frame.bytes(), frame.start(), frame.end());
        final JsonSpans.Span source = members.get("source");
        final String src = source == null ? "ws" : source.unquoted();
        switch (src) {
            case "ws":
                return input(Source.WS, RestTopic.NONE, ms, payload, null);
            case "poll":
                final JsonSpans.Span endpoint = members.get("endpoint");
                final RestTopic topic = endpoint == null ? null : topicOfEndpoint.apply(endpoint.unquoted());
                if (topic == null) {
                    return input(Source.POLL, RestTopic.NONE, ms, payload,
                        "unknown REST endpoint " + (endpoint == null ? "(missing)" : endpoint.text()));
                }
                return input(Source.POLL, topic, ms, payload, null);
            default:
                return input(Source.WS, RestTopic.NONE, ms, payload,
                    "unknown source '" + src + "' (expected ws or poll); imported as ws");
        }
    }

    private CapturedInput unreadable(final byte[] line, final String problem) {
        return new CapturedInput(lineNumber, Source.WS, RestTopic.NONE, lastRecvNanos, line, problem);
    }

    private CapturedInput input(final Source source, final RestTopic topic, final long ms, final byte[] payload,
                                final String problem) {
        lastRecvNanos = Math.max(lastRecvNanos, ms * 1_000_000L);
        return new CapturedInput(lineNumber, source, topic, ms * 1_000_000L, payload, problem);
    }

    private static long millis(final JsonSpans.Span span) {
        final String s = span.unquoted();
        if (s.isEmpty() || s.length() > 15 || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(s);
    }
}
