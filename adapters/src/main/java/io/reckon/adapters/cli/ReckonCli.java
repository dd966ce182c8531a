package io.reckon.adapters.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reckon} command line. Each subcommand is its own class; this one only dispatches, and turns the
 * errors users can cause (a bad configuration key, a missing journal) into one clear line and exit code 2.
 */
@Command(name = "reckon",
    mixinStandardHelpOptions = true,
    versionProvider = ReckonCli.Version.class,
    description = "Low-latency account kernel for crypto perpetual futures (BingX USDT-M).",
    footer = {"", "Benchmarks: ./reckon bench [--quick] (the launcher runs the JMH jar; see bench/README.md)."},
    subcommands = {
        DemoCommand.class,
        RunCommand.class,
        ImportCommand.class,
        ReplayCommand.class,
        JournalCommand.class,
        CommandLine.HelpCommand.class,
    })
public final class ReckonCli implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(final String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; used by tests without exiting the JVM. */
    public static int execute(final String... args) {
        return new CommandLine(new ReckonCli())
            .setExecutionExceptionHandler(new UserErrors())
            .execute(args);
    }

    /** Version from the jar manifest when packaged, else "development build". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            final String v = ReckonCli.class.getPackage().getImplementationVersion();
            return new String[] {"reckon " + (v == null ? "development build" : v)};
        }
    }
}
