package io.reckon.adapters.cli;

import io.reckon.config.RollCycleKind;
import io.reckon.journal.JournalWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user sees when a start is refused (issue 14): one line on stderr, exit 2, nothing created. */
class StartUpRefusalsTest {

    @Test
    void aSecondWriterOnAJournalIsOneLineNamingTheHolder(@TempDir final Path dir) {
        final Path journal = dir.resolve("journal");
        try (JournalWriter holder = JournalWriter.open(journal, RollCycleKind.DAILY)) {
            holder.appendConfig("holder=test\n", 1);
            final Run r = run("demo", "--journal", journal.toString(), "--duration", "5");
            assertEquals(2, r.code, r.out + r.err);
            // Log lines ("[thread] LEVEL logger - ...") share stderr in tests; the user's error is the one other line.
            final List<String> lines = r.err.lines().filter(l -> !l.startsWith("[")).toList();
            assertEquals(1, lines.size(), r.err);
            final String line = lines.get(0);
            assertEquals("reckon demo: journal " + journal + " is being written by pid "
                + ProcessHandle.current().pid() + " since ", line.substring(0, line.indexOf(" since ") + 7));
            assertTrue(line.endsWith("; one writer per journal"), line);
        }
    }

    @Test
    void aBadUrlIsRefusedBeforeTheJournalIsCreated(@TempDir final Path dir) throws IOException {
        final Path journal = dir.resolve("journal");
        final Path config = Files.writeString(dir.resolve("bad.properties"), "environment=vst\n"
            + "rest.base_url=ftp://open-api-vst.bingx.com\njournal.dir=" + journal + "\n");
        final Run r = run("run", "--config", config.toString());
        assertEquals(2, r.code, r.out + r.err);
        assertEquals(List.of("reckon run: rest.base_url: scheme 'ftp' is not one of http, https"),
            r.err.lines().filter(l -> !l.startsWith("[")).toList());
        assertFalse(Files.exists(journal));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(final String... args) {
        final PrintStream oldOut = System.out;
        final PrintStream oldErr = System.err;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            final int code = ReckonCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
