package io.reckon.adapters.cli;

import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.Source;
import io.reckon.config.Venue;
import io.reckon.journal.JournalExport;
import io.reckon.journal.JournalReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code reckon journal cat}: journal records as JSON Lines, payloads inlined as JSON. */
@Command(name = "journal", description = "Journal tools.", mixinStandardHelpOptions = true,
    subcommands = JournalCommand.Cat.class)
final class JournalCommand {

    @Command(name = "cat", mixinStandardHelpOptions = true,
        description = {"Print every record of a journal as one JSON object per line: session configuration,"
            + " inputs (envelope and payload; stream frames and REST bodies inlined as JSON, payloads that are"
            + " not UTF-8 JSON as base64) and state-hash checkpoints.",
            "Secrets never appear: the journal holds no API key, secret or signature, and listen keys are"
            + " redacted before frames are journaled."})
    static final class Cat implements Callable<Integer> {
        @Option(names = "--journal", required = true, paramLabel = "DIR", description = "Journal directory.")
        private Path journal;

        @Override
        public Integer call() throws Exception {
            final PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
            try (JournalReader reader = JournalReader.open(journal)) {
                new JournalExport(new EngineLabels()).export(reader, out);
            } finally {
                out.flush();
            }
            return 0;
        }
    }

    /** Names the engine's enum ordinals in exported records. */
    static final class EngineLabels implements JournalExport.Labels {
        @Override
        public String venue(final int ordinal) {
            return ordinal >= 0 && ordinal < Venue.values().length ? Venue.values()[ordinal].key() : null;
        }

        @Override
        public String source(final int ordinal) {
            final Source s = Source.of(ordinal);
            return s == null ? null : s.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String topic(final int ordinal) {
            final RestTopic t = RestTopic.of(ordinal);
            return t == null ? null : t.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String reject(final int ordinal) {
            final RejectReason r = RejectReason.of(ordinal);
            return r == null ? null : r.name();
        }
    }
}
