package io.reckon.adapters.cli;

import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.report.RunSummary;
import io.reckon.adapters.runtime.LiveSession;
import io.reckon.config.ConfigException;
import io.reckon.config.ConfigLoader;
import io.reckon.config.Environment;
import io.reckon.config.ReckonConfig;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.snapshot.Snapshot;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code reckon run}: a production session against a real venue (BingX VST by default in the example file) until
 * interrupted. Ctrl-C (SIGINT/SIGTERM) closes cleanly: the listen key is deleted, the ring drained, the final state
 * hash journaled and the journal closed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Connect to a real venue with a configuration file and run until interrupted (Ctrl-C closes"
        + " cleanly: listen key deleted, ring drained, journal closed).",
        "Credentials come from the environment variables the file names (credentials.api_key_env,"
            + " credentials.secret_env; BINGX_API_KEY and BINGX_SECRET_KEY by default) and are never logged.",
        "environment=live is refused unless the file itself sets allow_mainnet=true (the environment cannot)."
            + " Any key can be overridden with RECKON_<KEY> (dots as underscores); a RECKON_ variable that names no"
            + " key, or is empty, is refused. Example: config/bingx-vst.properties."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Configuration file.")
    private Path config;

    @Option(names = "--status-every", defaultValue = "5", paramLabel = "SECONDS",
        description = "Seconds between status lines (default ${DEFAULT-VALUE}; 0 = none).")
    private int statusEvery;

    @Override
    public Integer call() throws Exception {
        final ReckonConfig cfg = ConfigLoader.load(config, System.getenv());
        if (cfg.environment() == Environment.SIM) {
            throw new ConfigException("environment", "'sim' is the embedded simulator: use ./reckon demo");
        }
        final Credentials credentials = Credentials.fromEnvironment(cfg, System.getenv());
        final PrintStream out = System.out;
        final RunSummary summary = new RunSummary();
        final LiveSession session = LiveSession.start(cfg, credentials, summary);
        final CountDownLatch stopped = new CountDownLatch(1);
        final Thread hook = new Thread(() -> {
            out.println("reckon run: stopping (listen key deleted, ring drained, journal closed)...");
            session.close();
            stopped.countDown();
        }, "reckon-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("reckon run: " + cfg.venue().key() + " " + cfg.environment().name().toLowerCase(Locale.ROOT)
            + " at " + cfg.restBaseUrl() + ", journal " + cfg.journalDir() + "; Ctrl-C to stop");
        final Snapshot snap = new Snapshot();
        Histogram interval = null;
        while (stopped.getCount() > 0) {
            if (statusEvery <= 0) {
                stopped.await();
                break;
            }
            Thread.sleep(statusEvery * 1000L);
            interval = session.latency().recorder().getIntervalHistogram(interval);
            if (session.latest(snap)) {
                out.printf(Locale.ROOT, "events %d  K %s  wallet %s  %s %s  p50 %.1fus p99 %.1fus%n",
                    session.latency().events(), FixedPoint.toPlainString(snap.capital),
                    snap.hasWallet ? FixedPoint.toPlainString(snap.wallet) : "?", snap.status,
                    snap.frozen ? "FROZEN" : "open", interval.getValueAtPercentile(50) / 1000.0,
                    interval.getValueAtPercentile(99) / 1000.0);
            }
        }
        summary.print(out);
        return 0;
    }
}
