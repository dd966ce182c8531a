package io.reckon.adapters.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import → replay → journal cat round trip through the real command line, and its user errors. */
class ImportReplayCommandTest {

    private static final String ORDER = "{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":1700000001000,\"o\":{\"s\":\"BTC-USDT\","
        + "\"c\":\"\",\"i\":\"1711312357852147712\",\"S\":\"BUY\",\"o\":\"MARKET\",\"q\":\"0.01000000\","
        + "\"p\":\"60000.00000000\",\"ap\":\"60000.00000000\",\"x\":\"TRADE\",\"X\":\"FILLED\",\"N\":\"USDT\","
        + "\"n\":\"-0.30000000\",\"T\":0,\"wt\":\"MARK_PRICE\",\"ps\":\"LONG\",\"rp\":\"0.00000000\","
        + "\"z\":\"0.01000000\"}}";
    private static final String ACCOUNT = "{\"e\":\"ACCOUNT_UPDATE\",\"E\":1700000001001,\"a\":{\"m\":\"ORDER\","
        + "\"B\":[{\"a\":\"USDT\",\"wb\":\"999.70000000\",\"cw\":\"999.70000000\",\"bc\":\"0\"}],"
        + "\"P\":[{\"s\":\"BTC-USDT\",\"pa\":\"0.01000000\",\"ep\":\"60000.00000000\",\"up\":\"0\",\"mt\":\"cross\","
        + "\"iw\":\"0\",\"ps\":\"LONG\"}]}}";

    @Test
    void importedCaptureReplaysVerifiedAndDumpsEverySnapshot(@TempDir final Path dir) throws IOException {
        final Path capture = dir.resolve("capture.jsonl");
        Files.write(capture, List.of(
            "{\"recv_ts_ms\":1700000000000,\"source\":\"poll\",\"endpoint\":\"/openApi/swap/v3/user/balance\","
                + "\"frame\":{\"code\":0,\"msg\":\"\",\"data\":[{\"asset\":\"USDT\",\"balance\":\"1000\","
                + "\"equity\":\"1000\",\"availableMargin\":\"1000\",\"usedMargin\":\"0\"}]}}",
            ORDER, ORDER, ACCOUNT, "{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":17", ""));
        final Path journal = dir.resolve("journal");

        final Run imported = run("import", "--venue", "bingx", "--in", capture.toString(), "--journal",
            journal.toString());
        assertEquals(0, imported.code, imported.out);
        assertTrue(imported.out.contains("imported 5 inputs"), imported.out);
        assertTrue(imported.out.contains("line 5 (seq 4)"), imported.out);

        final Path dump = dir.resolve("dump.jsonl");
        final Run replayed = run("replay", "--journal", journal.toString(), "--verify", "--dump", dump.toString());
        assertEquals(0, replayed.code, replayed.out);
        assertTrue(replayed.out.contains("verified"), replayed.out);
        assertTrue(replayed.out.contains("MALFORMED_JSON"), replayed.out);
        final List<String> lines = Files.readAllLines(dump);
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).contains("\"event\":\"full_fill\"") && lines.get(1).contains("\"fee\":\"0.3\"")
            && lines.get(1).contains("\"order_id\":\"1711312357852147712\""), lines.get(1));
        assertTrue(lines.get(2).contains("\"event\":\"order_no_change\""), "duplicate adds nothing: " + lines.get(2));
        assertTrue(lines.get(3).contains("\"capital\":\"999.7\"") && lines.get(3).contains("\"status\":\"OK\"")
            && lines.get(3).contains("\"frozen\":false"), lines.get(3));

        final Run cat = run("journal", "cat", "--journal", journal.toString());
        assertEquals(0, cat.code);
        assertTrue(cat.out.startsWith("{\"type\":\"session_config\""), cat.out);
        assertTrue(cat.out.contains("\"reject\":\"MALFORMED_JSON\""), cat.out);
    }

    @Test
    void replayLogsTheFreezeOnceAndListsItsEpisodeAsAFalseAlarm(@TempDir final Path dir) throws IOException {
        // The wallet jumps 30 USDT away from K, stays there past the settlement window, and comes back: K never
        // changed, so whatever froze was a false alarm.
        final Path capture = Files.write(dir.resolve("capture.jsonl"), List.of(balance(0, "1000"),
            balance(10, "1030"), balance(6_000, "1030"), balance(6_100, "1030"), balance(7_000, "1000"),
            balance(7_100, "1000")));
        final Path journal = dir.resolve("journal");
        assertEquals(0, run("import", "--venue", "bingx", "--in", capture.toString(), "--journal",
            journal.toString()).code);

        final Run replayed = run("replay", "--journal", journal.toString());

        assertEquals(0, replayed.code, replayed.out);
        assertEquals(1, occurrences(replayed.err, "FROZEN, ENTERs refused"), replayed.err);
        assertEquals(1, occurrences(replayed.err, "; unfrozen after "), replayed.err);
        assertEquals(1, occurrences(replayed.err, "reconcile ERROR -> OK at seq 4"), replayed.err);
        final Matcher frozen = Pattern.compile("frozen for (\\d+) events")
            .matcher(replayed.out);
        assertTrue(frozen.find(), replayed.out);
        assertTrue(replayed.out.contains("freeze episodes: 1"), replayed.out);
        assertTrue(replayed.out.contains("  first seq  last seq  events  rule"), replayed.out);
        assertTrue(replayed.out.contains("R1 capital_vs_wallet  -30"), replayed.out);
        assertTrue(replayed.out.contains("no repair: false alarm"), replayed.out);
        assertTrue(replayed.out.contains("events frozen while the books agree: " + frozen.group(1)
            + " (1 false alarm(s))"), replayed.out);
    }

    private static String balance(final long atMs, final String wallet) {
        return "{\"recv_ts_ms\":" + (1_700_000_000_000L + atMs) + ",\"source\":\"poll\",\"endpoint\":"
            + "\"/openApi/swap/v3/user/balance\",\"frame\":{\"code\":0,\"msg\":\"\",\"data\":[{\"asset\":\"USDT\","
            + "\"balance\":\"" + wallet + "\",\"equity\":\"" + wallet + "\",\"availableMargin\":\"" + wallet
            + "\",\"usedMargin\":\"0\"}]}}";
    }

    private static int occurrences(final String text, final String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void importRefusesAJournalDirectoryThatHoldsFiles(@TempDir final Path dir) throws IOException {
        final Path capture = Files.writeString(dir.resolve("c.jsonl"), ORDER + "\n");
        Files.writeString(dir.resolve("journal-file"), "x");
        final Run r = run("import", "--venue", "bingx", "--in", capture.toString(), "--journal", dir.toString());
        assertEquals(2, r.code);
        assertTrue(r.err.contains("already exists and is not empty"), r.err);
    }

    @Test
    void replayOfAMissingOrForeignJournalIsAOneLineError(@TempDir final Path dir) {
        final Run missing = run("replay", "--journal", dir.resolve("nope").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("no journal at"), missing.err);
        final Run foreign = run("replay", "--journal", dir.toString());
        assertEquals(2, foreign.code);
        assertTrue(foreign.err.contains("is not a reckon journal"), foreign.err);
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
