package io.reckon.adapters.cli;

import io.reckon.adapters.report.RunSummary;
import io.reckon.adapters.report.SnapshotJson;
import io.reckon.adapters.runtime.KernelAssembly;
import io.reckon.engine.exec.Decision;
import io.reckon.engine.exec.DeskSettings;
import io.reckon.engine.exec.ExecutionFeed;
import io.reckon.engine.exec.OrderDesk;
import io.reckon.engine.exec.SynchronousDesk;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.replay.ReplayDriver;
import io.reckon.engine.router.ExecutionRouter;
import io.reckon.engine.replay.ReplayResult;
import io.reckon.engine.snapshot.ReconcileTransitionLog;
import io.reckon.engine.snapshot.SnapshotListener;
import io.reckon.journal.JournalReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code reckon replay}: feeds a journal through the same decode and business stages as the session that wrote
 * it, checks the journaled state hashes, optionally dumps every snapshot, and prints a summary.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Replay a journal through the kernel and print a summary: events by kind, rejected inputs"
        + " with reasons, reconcile status counts, time frozen, each freeze episode (and how many frozen events were"
        + " false alarms), final K (kernel ledger) and E (exchange facts). Status changes and freezes are logged"
        + " once each.",
        "State-hash checkpoints in the journal are always compared with the replayed ledger; a mismatch names"
            + " the first diverging checkpoint's sequence number.",
        "Exit codes: 0 replayed (and verified, with --verify); 1 a state hash did not match (--verify);"
            + " 2 unusable input (missing journal, not a journal, newer layout)."})
final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "Journal directory.")
    private Path journal;

    @Option(names = "--verify",
        description = "Fail (exit 1) if any state-hash checkpoint differs or the journal has none.")
    private boolean verify;

    @Option(names = "--dump", paramLabel = "FILE.jsonl",
        description = "Write every snapshot as one JSON object per line (decimals as plain strings).")
    private Path dump;

    @Option(names = "--decisions",
        description = "Re-run the order router over the journal (intents, order replies, stream order events, TTL"
            + " ticks) and print every decision it makes: the same decisions the live session made.")
    private boolean decisions;

    @Override
    public Integer call() throws IOException {
        final PrintStream out = System.out;
        final RunSummary summary = new RunSummary();
        final List<Decision> made = new ArrayList<>();
        try (JournalReader reader = JournalReader.open(journal);
             Writer dumpOut = dump == null ? Writer.nullWriter()
                 : new BufferedWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
            final StringBuilder line = new StringBuilder(1024);
            final ReplayDriver driver = new ReplayDriver((config, startNanos) -> {
                summary.sessionEnded();
                final SnapshotJson[] json = new SnapshotJson[1];
                final SnapshotListener listener = dump == null ? summary : s -> {
                    summary.onSnapshot(s);
                    line.setLength(0);
                    json[0].append(s, line);
                    line.append('\n');
                    try {
                        dumpOut.append(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                final KernelAssembly kernel = KernelAssembly.create(config, new ReconcileTransitionLog(listener));
                json[0] = new SnapshotJson(kernel.symbols());
                if (!decisions) {
                    return kernel.replaySession();
                }
                final OrderDesk desk = new OrderDesk(new ExecutionRouter(config.router()), DeskSettings.defaults(),
                    made::add);
                return kernel.replaySession(new ExecutionFeed(kernel.symbols(), new SynchronousDesk(desk)));
            });
            final ReplayResult result = driver.replay(reader);
            out.println("journal " + journal + ": " + result.sessions() + " session(s), " + result.inputs()
                + " inputs, " + result.hashesChecked() + " state-hash checkpoint(s) checked");
            summary.print(out);
            if (decisions) {
                printDecisions(out, made);
            }
            if (!result.verified()) {
                out.printf("STATE HASH MISMATCH at checkpoint seq %d (expected %016x, replayed %016x); the ledger"
                        + " diverged after seq %d%n", result.firstMismatchSeq(), result.expectedHash(),
                    result.actualHash(), result.lastMatchedSeq());
                return verify ? 1 : 0;
            }
            if (verify && result.hashesChecked() == 0) {
                out.println("VERIFY FAILED: the journal holds no state-hash checkpoint to verify against");
                return 1;
            }
            if (verify) {
                out.println("verified: every state-hash checkpoint matches");
            }
            return 0;
        }
    }

    private static void printDecisions(final PrintStream out, final List<Decision> made) {
        out.println("router decisions: " + made.size());
        for (Decision d : made) {
            final StringBuilder sb = new StringBuilder("  seq ").append(d.sequence()).append(' ')
                .append(d.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(d.tradeId());
            if (d.plan() != null) {
                sb.append(' ').append(d.plan().action()).append(' ').append(d.plan().type()).append(' ')
                    .append(d.plan().symbol()).append(' ').append(FixedPoint.toPlainString(d.plan().size()));
                if (d.plan().maker()) {
                    sb.append(" @ ").append(FixedPoint.toPlainString(d.plan().price()));
                }
                sb.append(" (").append(d.plan().reason().name().toLowerCase(Locale.ROOT)).append(')');
            }
            if (d.miss() != null) {
                sb.append(" -> ").append(d.miss());
            }
            if (d.clientOrderId() != null) {
                sb.append(" order ").append(d.clientOrderId());
            }
            out.println(sb);
        }
    }
}
