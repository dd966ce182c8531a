package io.reckon.engine.replay;

import io.reckon.config.Venue;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.Source;
import io.reckon.journal.JournalReader;
import io.reckon.journal.JournalRecord;
import io.reckon.journal.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A journal written by layout version 1 (checked in under {@code journal-v1/}, gzipped: Chronicle's files are
 * sparse) must read the same in every later build: every journaled code names the same venue, source, topic and
 * reject reason it named when it was written. Its inputs cover every source and topic, both venues, and reject
 * codes from the first, the middle and the last of today's reasons.
 */
class JournalV1CompatibilityTest {
    private static final String[] FILES = {"20261207F.cq4", "metadata.cq4t"};

    @TempDir
    Path dir;

    private Path unpack() throws IOException {
        for (final String name : FILES) {
            try (InputStream in = new GZIPInputStream(
                JournalV1CompatibilityTest.class.getResourceAsStream("/journal-v1/" + name + ".gz"))) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    @Test
    void everyJournaledCodeNamesWhatItNamedWhenItWasWritten() throws IOException {
        final List<String> read = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(unpack())) {
            final JournalRecord r = new JournalRecord();
            while (reader.next(r)) {
                if (r.type() == RecordType.INPUT) {
                    read.add(r.sequence() + " " + Venue.of(r.venue()) + " " + Source.of(r.source()) + " "
                        + RestTopic.of(r.topic()) + " " + RejectReason.of(r.rejectReason()));
                }
            }
        }

        assertEquals(List.of(
            "1 BINGX WS NONE NONE",
            "2 BINGX POLL BALANCE NONE",
            "3 BINGX POLL POSITIONS NONE",
            "4 BINGX POLL OPEN_ORDERS NONE",
            "5 BINGX POLL ALL_ORDERS NONE",
            "6 BINGX POLL INCOME NONE",
            "7 BINGX ACK ORDER_PLACED NONE",
            "8 BINGX ACK ORDER_CANCELED NONE",
            "9 BINGX ACK LEVERAGE NONE",
            "10 BINGX INTENT NONE NONE",
            "11 BINGX CONTROL NONE NONE",
            "12 BINGX WS NONE MALFORMED_JSON",
            "13 BINGX WS NONE VALUE_OUT_OF_RANGE",
            "14 BINGX POLL BALANCE REST_ERROR",
            "15 BINGX WS NONE JOURNAL_FAILED",
            "16 BINANCE WS NONE NONE"), read);
    }
}
