package io.reckon.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Writes journal records as JSON Lines, one object per record, for people and tools ({@code reckon journal cat}).
 * Cold path: allocates freely.
 *
 * <p>INPUT records carry {@code type, index, seq, source, topic, venue, conn, recv_ns, reject, reject_field, flags,
 * payload_enc, payload}. The payload is inlined as JSON when it is exactly one JSON object or array
 * ({@code payload_enc: "json"}, re-emitted without whitespace so the line stays one line), written as a string when
 * it is other UTF-8 text ({@code "text"}), and as base64 when it is compressed or not UTF-8 ({@code "base64"}).
 * SESSION_CONFIG records carry {@code layout, writer_layout, start_ns, config}; STATE_HASH records carry
 * {@code seq, hash} with the hash as 16 hex digits. Enum ordinals become names through {@link Labels}.
 */
public final class JournalExport {
    /**
     * Names for the ordinals an INPUT carries. The journal knows no engine types, so whoever does (the launcher)
     * supplies them; a null name exports the number.
     */
    public interface Labels {
        /** Exports every ordinal as a number. */
        Labels NUMBERS = new Labels() { };

        default String venue(final int ordinal) {
            return null;
        }

        default String source(final int ordinal) {
            return null;
        }

        default String topic(final int ordinal) {
            return null;
        }

        default String reject(final int ordinal) {
            return null;
        }
    }

    private final Labels labels;

    public JournalExport(final Labels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /**
     * Writes every record {@code reader} has left, one line each (terminated by {@code '\n'}).
     *
     * @return the number of records written
     * @throws JournalException when a record cannot be read; the lines before it have been written
     */
    public long export(final JournalReader reader, final Appendable out) throws IOException {
        final JournalRecord record = new JournalRecord();
        final StringBuilder line = new StringBuilder(512);
        long count = 0;
        while (reader.next(record)) {
            line.setLength(0);
            appendJson(record, line);
            out.append(line).append('\n');
            count++;
        }
        return count;
    }

    /** Appends {@code record} as one JSON object, without a line terminator. */
    public void appendJson(final JournalRecord record, final StringBuilder out) {
        switch (record.type()) {
            case SESSION_CONFIG -> {
                out.append("{\"type\":\"session_config\",\"index\":").append(record.index())
                    .append(",\"layout\":").append(record.layoutVersion())
                    .append(",\"writer_layout\":").append(record.writerLayoutVersion())
                    .append(",\"start_ns\":").append(record.sessionStartNanos())
                    .append(",\"config\":");
                JsonText.appendString(record.configText(), out);
                out.append('}');
            }
            case INPUT -> appendInput(record, out);
            case STATE_HASH -> out.append("{\"type\":\"state_hash\",\"index\":").append(record.index())
                .append(",\"seq\":").append(record.sequence())
                .append(",\"hash\":\"").append(hex16(record.hash())).append("\"}");
        }
    }

    private void appendInput(final JournalRecord record, final StringBuilder out) {
        out.append("{\"type\":\"input\",\"index\":").append(record.index())
            .append(",\"seq\":").append(record.sequence());
        appendLabel(out, "source", labels.source(record.source()), record.source());
        appendLabel(out, "topic", labels.topic(record.topic()), record.topic());
        appendLabel(out, "venue", labels.venue(record.venue()), record.venue());
        out.append(",\"conn\":").append(record.connectionId())
            .append(",\"recv_ns\":").append(record.recvTimeNanos());
        appendLabel(out, "reject", labels.reject(record.rejectReason()), record.rejectReason());
        out.append(",\"reject_field\":").append(record.rejectField())
            .append(",\"flags\":").append(record.flags());
        appendPayload(record, out);
        out.append('}');
    }

    private static void appendPayload(final JournalRecord record, final StringBuilder out) {
        final String text = record.isCompressed() ? null : utf8(record.payload(), record.payloadLength());
        if (text == null) {
            out.append(",\"payload_enc\":\"base64\",\"payload\":\"")
                .append(Base64.getEncoder().encodeToString(Arrays.copyOf(record.payload(), record.payloadLength())))
                .append('"');
            return;
        }
        final int start = out.length();
        out.append(",\"payload_enc\":\"json\",\"payload\":");
        if (!JsonText.appendMinified(text, out)) {
            out.setLength(start);
            out.append(",\"payload_enc\":\"text\",\"payload\":");
            JsonText.appendString(text, out);
        }
    }

    private static void appendLabel(final StringBuilder out, final String key, final String name, final int ordinal) {
        out.append(",\"").append(key).append("\":");
        if (name == null) {
            out.append(ordinal);
        } else {
            JsonText.appendString(name, out);
        }
    }

    private static String hex16(final long value) {
        final String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** Strict decoding: a payload with malformed UTF-8 is exported as base64 rather than silently altered. */
    private static String utf8(final byte[] bytes, final int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length))
                .toString();
        } catch (final CharacterCodingException e) {
            return null;
        }
    }
}
