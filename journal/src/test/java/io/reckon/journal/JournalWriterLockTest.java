package io.reckon.journal;

import io.reckon.config.RollCycleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One writer per journal directory (issue 14, finding 1): in this process, in another, and after a kill -9. */
class JournalWriterLockTest {
    private static final long SELF = ProcessHandle.current().pid();

    @TempDir
    Path tmp;

    private Path journal() {
        return tmp.resolve("journal");
    }

    @Test
    void aSecondWriterInTheSameProcessIsRefusedNamingTheHolderAndWritesNothing() {
        final Path dir = journal();
        try (JournalWriter first = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            first.appendConfig("first\n", 1);
            final JournalException e = assertThrows(JournalException.class,
                () -> JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock()));
            assertRefusedBy(dir, SELF, e.getMessage());
            first.appendHash(1, 2);
        }
        assertEquals(List.of("config first\n@1", "hash seq=1 2"), JournalSessionsTest.readAll(dir));
    }

    @Test
    void aSecondWriterThroughAnotherPathToTheSameDirectoryIsRefused() throws IOException {
        final Path dir = journal();
        Files.createDirectories(dir);
        final Path alias = Files.createSymbolicLink(tmp.resolve("alias"), dir);
        try (JournalWriter first = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            assertThrows(JournalException.class,
                () -> JournalWriter.open(alias, RollCycleKind.HOURLY, new TestClock()));
            assertThrows(JournalException.class,
                () -> JournalWriter.open(dir.resolve("."), RollCycleKind.HOURLY, new TestClock()));
        }
    }

    @Test
    void closingReleasesTheLockAndLeavesTheFileEmpty() throws IOException {
        final Path dir = journal();
        final Path lockFile = dir.resolve(WriterLock.FILE_NAME);
        for (int session = 1; session <= 2; session++) {
            // The file is not read while this process holds it: closing any descriptor of it would drop the lock.
            try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
                writer.appendHash(session, session);
            }
            assertEquals(0, Files.size(lockFile), "a clean close empties the lock file");
        }
        assertEquals(2, JournalSessionsTest.readAll(dir).size());
    }

    @Test
    void readersNeverTakeTheLock() {
        final Path dir = journal();
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock())) {
            writer.appendHash(1, 1);
        }
        try (JournalReader before = JournalReader.open(dir);
             JournalWriter writer = JournalWriter.open(dir, RollCycleKind.HOURLY, new TestClock());
             JournalReader during = JournalReader.open(dir)) {
            writer.appendHash(2, 2);
            final JournalRecord r = new JournalRecord();
            assertTrue(before.next(r));
            assertTrue(during.next(r));
            assertTrue(during.next(r));
            assertEquals(2, r.sequence());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aWriterInAnotherProcessIsRefusedWhileThisOneWrites() throws Exception {
        final Path dir = journal();
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            writer.appendConfig("holder=parent\n", 1);
            // A refusal in this process must not loosen the OS lock (POSIX drops it on any close of the file).
            assertThrows(JournalException.class, () -> JournalWriter.open(dir, RollCycleKind.DAILY));
            final Process child = child("try", dir);
            final String line = firstLine(child);
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the refused child did not exit");
            assertEquals(3, child.exitValue(), line + stderr("try"));
            assertTrue(line.startsWith("REFUSED "), line + stderr("try"));
            assertRefusedBy(dir, SELF, line.substring("REFUSED ".length()));
        }
        assertEquals(List.of("config holder=parent\n@1"), JournalSessionsTest.readAll(dir));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aLockLeftByAKilledWriterDoesNotBlockTheNextWriter() throws Exception {
        final Path dir = journal();
        final Process child = child("hold", dir);
        try {
            final String line = firstLine(child);
            assertEquals("HOLDING " + child.pid(), line, stderr("hold"));
            final JournalException e = assertThrows(JournalException.class,
                () -> JournalWriter.open(dir, RollCycleKind.DAILY));
            assertRefusedBy(dir, child.pid(), e.getMessage());
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child survived destroyForcibly");
        assertTrue(Files.readString(dir.resolve(WriterLock.FILE_NAME)).startsWith("pid=" + child.pid() + "\n"),
            "the killed writer's lock file still names it");
        try (JournalWriter writer = JournalWriter.open(dir, RollCycleKind.DAILY)) {
            writer.appendConfig("holder=parent\n", 2);
            final Process other = child("try", dir);
            final String line = firstLine(other);
            assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the refused child did not exit");
            assertTrue(line.startsWith("REFUSED "), line + stderr("try"));
            assertRefusedBy(dir, SELF, line.substring("REFUSED ".length()));
        }
        assertEquals(List.of("config holder=child\n@1", "config holder=parent\n@2"), JournalSessionsTest.readAll(dir));
    }

    private static void assertRefusedBy(final Path dir, final long pid, final String message) {
        final Pattern expected = Pattern.compile("journal " + Pattern.quote(dir.toString())
            + " is being written by pid " + pid + " since \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z; one writer per journal");
        assertTrue(expected.matcher(message).matches(), message);
    }

    /** {@link WriterLockChild} in a JVM of its own, with this JVM's flags and class path. */
    private Process child(final String mode, final Path dir) throws IOException {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (final String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-agentlib:jdwp") && !arg.startsWith("-javaagent")) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WriterLockChild.class.getName());
        command.add(mode);
        command.add(dir.toString());
        return new ProcessBuilder(command)
            .redirectError(tmp.resolve(mode + ".stderr").toFile())
            .start();
    }

    private static String firstLine(final Process child) throws Exception {
        final BufferedReader out = new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        final String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (final IOException e) {
                return "unreadable: " + e;
            }
        }).get(60, TimeUnit.SECONDS);
        return line == null ? "no output" : line;
    }

    private String stderr(final String mode) throws IOException {
        final Path file = tmp.resolve(mode + ".stderr");
        return Files.exists(file) ? "\nchild stderr:\n" + Files.readString(file) : "";
    }
}
