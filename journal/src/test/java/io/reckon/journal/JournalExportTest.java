package io.reckon.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reckon.config.RollCycleKind;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyRecordBecomesOneLineOfJsonWithItsFields() throws IOException {
        final byte[] frame = "{\"e\":\"ACCOUNT_UPDATE\",\"a\":{\"B\":[{\"a\":\"USDT\",\"wb\":\"100.5\"}]}}"
            .getBytes(StandardCharsets.UTF_8);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendConfig("venue=bingx\nring.size=1024\n", 1_700_000_000_000_000_001L);
            writer.appendInput(0, 1, 2, 0, 3, 17, 9, 1_700_000_000_500_000_000L, 1, frame, 0, frame.length);
            writer.appendHash(1, 0x00ab_cdef_0123_4567L);
        }
        final List<JsonNode> lines = export(JournalExport.Labels.NUMBERS);
        assertEquals(3, lines.size());

        final JsonNode config = lines.get(0);
        assertEquals("session_config", config.get("type").asText());
        assertEquals(1, config.get("layout").asInt());
        assertEquals(1, config.get("writer_layout").asInt());
        assertEquals(1_700_000_000_000_000_001L, config.get("start_ns").asLong());
        assertEquals("venue=bingx\nring.size=1024\n", config.get("config").asText());

        final JsonNode input = lines.get(1);
        assertEquals("input", input.get("type").asText());
        assertEquals(1, input.get("seq").asLong());
        assertEquals(1, input.get("source").asInt());
        assertEquals(2, input.get("topic").asInt());
        assertEquals(0, input.get("venue").asInt());
        assertEquals(9, input.get("conn").asLong());
        assertEquals(1_700_000_000_500_000_000L, input.get("recv_ns").asLong());
        assertEquals(3, input.get("reject").asInt());
        assertEquals(17, input.get("reject_field").asInt());
        assertEquals(0, input.get("flags").asInt());
        assertEquals("json", input.get("payload_enc").asText());
        assertEquals(JSON.readTree(frame), input.get("payload"));
        assertTrue(input.get("index").asLong() > config.get("index").asLong());

        final JsonNode hash = lines.get(2);
        assertEquals("state_hash", hash.get("type").asText());
        assertEquals(1, hash.get("seq").asLong());
        assertEquals("00abcdef01234567", hash.get("hash").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pretty object with newlines | '{\n  \"code\": 0,\n  \"data\": {\"balance\": \"12.5\"}\n}' | json",
        "array                       | '[1, -2.5e3, true, null, \"x\\u00e9\"]'                       | json",
        "empty object                | '{}'                                                      | json",
        "plain text                  | Pong                                                      | text",
        "unterminated object         | '{\"e\":'                                                 | text",
        "trailing garbage            | '{\"e\":1} x'                                             | text",
        "two objects                 | '{}{}'                                                    | text",
        "bare number                 | 42                                                        | text",
        "leading zero                | '{\"a\":01}'                                              | text",
        "raw tab in string           | '{\"a\":\"x\ty\"}'                                        | text",
        "bad escape                  | '{\"a\":\"\\q\"}'                                         | text",
        "single quotes               | \"{'a':1}\"                                               | text"})
    void payloadIsInlinedOnlyWhenItIsExactlyOneJsonObjectOrArray(
        final String name, final String payload, final String expectedEncoding) throws IOException {
        final byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 1, bytes, 0, bytes.length);
        }
        final JsonNode line = export(JournalExport.Labels.NUMBERS).get(0);
        assertEquals(expectedEncoding, line.get("payload_enc").asText());
        if ("json".equals(expectedEncoding)) {
            assertEquals(JSON.readTree(payload), line.get("payload"));
        } else {
            assertEquals(payload, line.get("payload").asText());
        }
    }

    @Test
    void nestingDeeperThanTheScannerFollowsIsExportedAsTextRatherThanOverflowingTheStack() throws IOException {
        final String deep = "[".repeat(100_000) + "]".repeat(100_000);
        final String shallow = "[".repeat(100) + "]".repeat(100);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            final byte[] d = deep.getBytes(StandardCharsets.US_ASCII);
            final byte[] s = shallow.getBytes(StandardCharsets.US_ASCII);
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 1, d, 0, d.length);
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 2, s, 0, s.length);
        }
        final List<JsonNode> lines = export(JournalExport.Labels.NUMBERS);
        assertEquals("text", lines.get(0).get("payload_enc").asText());
        assertEquals(deep, lines.get(0).get("payload").asText());
        assertEquals("json", lines.get(1).get("payload_enc").asText());
    }

    @Test
    void compressedAndNonUtf8PayloadsAreBase64() throws IOException {
        final byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff, '{', '}'};
        final byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendInput(0, 0, 0, JournalLayout.FLAG_COMPRESSED, 1, 0, 0, 0, 1, gzip, 0, gzip.length);
            writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, 2, latin1, 0, latin1.length);
            final byte[] jsonButCompressed = "{}".getBytes(StandardCharsets.US_ASCII);
            writer.appendInput(0, 0, 0, JournalLayout.FLAG_COMPRESSED, 0, 0, 0, 0, 3, jsonButCompressed, 0, 2);
        }
        final List<JsonNode> lines = export(JournalExport.Labels.NUMBERS);
        assertEquals("base64", lines.get(0).get("payload_enc").asText());
        assertArrayEquals(gzip, Base64.getDecoder().decode(lines.get(0).get("payload").asText()));
        assertEquals(1, lines.get(0).get("flags").asInt());
        assertEquals("base64", lines.get(1).get("payload_enc").asText());
        assertArrayEquals(latin1, Base64.getDecoder().decode(lines.get(1).get("payload").asText()));
        assertEquals("base64", lines.get(2).get("payload_enc").asText());
    }

    @Test
    void labelsNameTheOrdinalsTheyKnowAndNumbersRemainForTheRest() throws IOException {
        final byte[] payload = "Ping".getBytes(StandardCharsets.US_ASCII);
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendInput(0, 1, 7, 0, 2, 0, 0, 0, 1, payload, 0, payload.length);
        }
        final JournalExport.Labels labels = new JournalExport.Labels() {
            @Override
            public String venue(final int ordinal) {
                return ordinal == 0 ? "bingx" : null;
            }

            @Override
            public String source(final int ordinal) {
                return ordinal == 1 ? "poll \"rest\"" : null;
            }

            @Override
            public String reject(final int ordinal) {
                return ordinal == 2 ? "FRAME_TOO_LARGE" : null;
            }
        };
        final JsonNode line = export(labels).get(0);
        assertEquals("bingx", line.get("venue").asText());
        assertEquals("poll \"rest\"", line.get("source").asText());
        assertEquals(7, line.get("topic").asInt());
        assertTrue(line.get("topic").isInt());
        assertEquals("FRAME_TOO_LARGE", line.get("reject").asText());
    }

    @Test
    void exportStopsAtACorruptRecordAfterWritingTheLinesBeforeIt() throws IOException {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendHash(1, 1);
        }
        try (SingleChronicleQueue queue = SingleChronicleQueueBuilder.binary(dir)
                 .rollCycle(RollCycles.FAST_HOURLY)
                 .timeProvider(new TestClock()::millis)
                 .build();
             DocumentContext dc = queue.createAppender().writingDocument()) {
            dc.wire().bytes().writeShort((short) 9).writeByte(RecordType.INPUT.code());
        }
        final StringBuilder out = new StringBuilder();
        try (JournalReader reader = JournalReader.open(dir)) {
            final JournalException e = assertThrows(JournalException.class,
                () -> new JournalExport(JournalExport.Labels.NUMBERS).export(reader, out));
            assertEquals(dir + " was written by journal layout v9; this build reads up to v1", e.getMessage());
        }
        assertEquals(1, out.toString().lines().count());
        assertTrue(out.toString().endsWith("\n"));
    }

    @Test
    void exportOfALargeJournalWritesOneParsableLinePerRecord() throws IOException {
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            for (int i = 0; i < 500; i++) {
                final byte[] payload = ("{\"i\":" + i + ",\"s\":\"line\\nbreak\"}").getBytes(StandardCharsets.UTF_8);
                writer.appendInput(0, 0, 0, 0, 0, 0, 0, 0, i, payload, 0, payload.length);
            }
        }
        final List<JsonNode> lines = export(JournalExport.Labels.NUMBERS);
        assertEquals(500, lines.size());
        for (int i = 0; i < 500; i++) {
            assertEquals(i, lines.get(i).get("payload").get("i").asInt());
            assertEquals("line\nbreak", lines.get(i).get("payload").get("s").asText());
        }
    }

    private List<JsonNode> export(final JournalExport.Labels labels) throws IOException {
        final Path out = dir.resolveSibling(dir.getFileName() + ".jsonl");
        try (JournalReader reader = JournalReader.open(dir);
             Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new JournalExport(labels).export(reader, writer);
        }
        final List<String> text = Files.readAllLines(out, StandardCharsets.UTF_8);
        Files.delete(out);
        final List<JsonNode> nodes = new ArrayList<>();
        for (final String line : text) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
