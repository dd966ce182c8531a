package io.reckon.adapters.cli;

import io.reckon.adapters.report.JournalLabels;
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
                new JournalExport(new JournalLabels()).export(reader, out);
            } finally {
                out.flush();
            }
            return 0;
        }
    }
}
