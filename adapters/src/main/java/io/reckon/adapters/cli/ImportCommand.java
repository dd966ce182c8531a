package io.reckon.adapters.cli;

import io.reckon.adapters.bingx.BingxTopics;
import io.reckon.adapters.capture.CaptureReader;
import io.reckon.adapters.capture.CapturedInput;
import io.reckon.adapters.report.RunSummary;
import io.reckon.adapters.runtime.KernelAssembly;
import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import io.reckon.config.Venue;
import io.reckon.engine.pipeline.ChronicleJournalSink;
import io.reckon.engine.pipeline.ConsumerHandler;
import io.reckon.engine.ring.RingEvent;
import io.reckon.journal.JournalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code reckon import}: turns captured frames into a journal by running them through the same consumer path as
 * a live session (decode, journal, fold, reconcile, periodic state hash), so the journal it writes replays and
 * verifies like any other.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Turn a capture file (JSON Lines) into a journal.",
        "Each line is either a bare venue frame (source ws, received at its E) or",
        "  {\"recv_ts_ms\": <ms>, \"source\": \"ws\"|\"poll\", \"endpoint\": \"<REST path, for poll>\", \"frame\": <json>}",
        "Lines that cannot be read are journaled anyway, as stream frames the decoder rejects with a named reason,"
            + " and listed at the end; nothing is dropped. Prints the same summary as replay."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--venue", required = true, paramLabel = "VENUE", description = "Venue of the frames: bingx.")
    private String venue;

    @Option(names = "--in", required = true, paramLabel = "FILE.jsonl", description = "Capture file.")
    private Path in;

    @Option(names = "--journal", required = true, paramLabel = "DIR",
        description = "Journal directory to create; it must not exist or be empty.")
    private Path journal;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Configuration for the kernel (seed capital, reconcile bounds); default: built-in defaults.")
    private Path config;

    @Override
    public Integer call() throws IOException {
        if (!Venue.BINGX.key().equals(venue)) {
            throw new ParameterException(spec.commandLine(), "--venue: only 'bingx' is supported, got '" + venue + "'");
        }
        if (!Files.isRegularFile(in)) {
            throw new ParameterException(spec.commandLine(), "--in: no such file: " + in);
        }
        if (Files.exists(journal) && !isEmptyDir(journal)) {
            throw new ParameterException(spec.commandLine(),
                "--journal: " + journal + " already exists and is not empty; import writes a new journal");
        }
        final ReckonConfig cfg = config == null ? ConfigLoader.defaultConfig() : ConfigLoader.load(config, Map.of());
        final RunSummary summary = new RunSummary();
        final KernelAssembly kernel = KernelAssembly.create(cfg, summary);
        final PrintStream out = System.out;
        long lines = 0;
        long problems = 0;
        try (JournalWriter writer = JournalWriter.open(journal, cfg.rollCycle());
             BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            final CaptureReader capture = new CaptureReader(reader, BingxTopics::ofPath);
            writer.appendConfig(cfg.toProperties(), 0L);
            final ConsumerHandler handler = new ConsumerHandler(kernel.codec(), new ChronicleJournalSink(writer),
                kernel.stages());
            final RingEvent event = new RingEvent(cfg.slotBytes());
            while (capture.hasNext()) {
                final CapturedInput input = capture.next();
                event.reset();
                event.source = input.source();
                event.topic = input.topic();
                event.venue = cfg.venue().code();
                event.sequence = lines++;
                event.recvTimeNanos = input.recvTimeNanos();
                event.setPayload(input.payload(), 0, input.payload().length);
                handler.process(event);
                if (input.problem() != null) {
                    problems++;
                    out.println("line " + input.lineNumber() + " (seq " + event.sequence + "): " + input.problem()
                        + (event.reject.name().equals("NONE") ? "" : "; decoder: " + event.reject));
                }
            }
            writer.appendHash(lines == 0 ? -1 : lines - 1, kernel.stages().stateHash());
        }
        out.println("imported " + lines + " inputs from " + in + " into " + journal
            + (problems > 0 ? " (" + problems + " lines with problems, listed above)" : ""));
        summary.print(out);
        return 0;
    }

    private static boolean isEmptyDir(final Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
