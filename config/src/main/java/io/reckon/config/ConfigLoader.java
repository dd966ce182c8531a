package io.reckon.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Loads a {@code .properties} file, applies {@code RECKON_*} environment overrides (the key upper-cased with
 * {@code .} as {@code _}, e.g. {@code RECKON_JOURNAL_DIR}), validates everything once and refuses with a
 * {@link ConfigException} that names the key. Unknown keys are refused rather than ignored: a typo in a bound must
 * not silently leave the default in force; so are {@code RECKON_*} variables that name no key, empty overrides, and
 * an environment that would allow mainnet where the file does not ({@link EnvironmentOverrides}).
 *
 * <p>Start-up checks ({@link #load}, {@link #fromMap}) go further than reading a journaled configuration
 * ({@link #fromJournaled}) does: base URLs parsed (scheme, host, port) and their hosts compared against BingX
 * mainnet, the ring's size against the heap, a non-empty journal directory, credential variable names that look like
 * names. A journal's configuration is what a session ran with; replaying it for an audit must not fail on a check
 * that only protects a start (replay allocates no ring and connects to nothing), nor on one a newer build added.
 */
public final class ConfigLoader {
    /** Every key with its default; an empty default means "none" for optional keys. */
    public static final Map<String, String> DEFAULTS = defaults();

    /** Environment variable names as POSIX utilities use them; anything else is taken for a pasted value. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");

    private ConfigLoader() {
    }

    private static Map<String, String> defaults() {
        final Map<String, String> d = new LinkedHashMap<>();
        d.put("venue", "bingx");
        d.put("environment", "sim");
        d.put("allow_mainnet", "false");
        d.put("rest.base_url", "");
        d.put("ws.base_url", "");
        d.put("credentials.api_key_env", "BINGX_API_KEY");
        d.put("credentials.secret_env", "BINGX_SECRET_KEY");
        d.put("ring.size", "4096");
        d.put("ring.slot_bytes", "65536");
        d.put("ring.wait_strategy", "blocking");
        d.put("journal.dir", "journal");
        d.put("journal.roll_cycle", "daily");
        d.put("journal.hash_interval", "256");
        d.put("ledger.seed_capital", "");
        d.put("ledger.default_leverage", "1");
        d.put("reconcile.capital_epsilon", "0.0001");
        d.put("reconcile.pending_fee_bound", "20");
        d.put("reconcile.realized_rounding", "0.05");
        d.put("reconcile.lot_step", "0.001");
        d.put("reconcile.mark_staleness_factor", "0.003");
        d.put("reconcile.leverage_rounding_band", "2");
        d.put("reconcile.settlement_window_ms", "5000");
        d.put("reconcile.entry_rounding_factor", "0.00001");
        d.put("stream.keepalive_seconds", "1800");
        d.put("stream.reconnect_initial_ms", "1000");
        d.put("stream.reconnect_max_ms", "30000");
        d.put("stream.rotate_after_seconds", "85800");
        d.put("stream.poll_interval_seconds", "30");
        d.put("rest.recv_window_ms", "5000");
        d.put("rest.timeout_ms", "5000");
        // ---- router (issue 4): order-router policy keys, read by RouterSettingsReader ----
        d.put("router.style", "taker");
        d.put("router.entry_ttl_ms", "8000");
        d.put("router.exit_ttl_ms", "5000");
        d.put("router.entry_miss", "skip");
        d.put("router.entry_retries", "1");
        d.put("router.retry_exhaust", "skip");
        d.put("router.offset_ticks", "1");
        d.put("router.max_spread_bps", "5");
        d.put("router.post_only", "true");
        d.put("router.tick_overrides", "");
        // ---- end router ----
        return Map.copyOf(d);
    }

    /** The defaults alone: the embedded simulator. */
    public static ReckonConfig defaultConfig() {
        return fromMap(Map.of(), Map.of());
    }

    public static ReckonConfig load(final Path file, final Map<String, String> environment) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("--config", "no such file: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fromMap(read(reader), environment);
        } catch (IOException e) {
            throw new ConfigException("--config", "cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Parses the {@link ReckonConfig#toProperties()} text a journal holds; no environment overrides apply, and the
     * start-up checks (URLs, ring against the heap, journal directory, credential names) are not repeated.
     */
    public static ReckonConfig fromJournaled(final String properties) {
        try {
            return build(read(new StringReader(properties)), Map.of(), false, Long.MAX_VALUE);
        } catch (IOException e) {
            throw new ConfigException("journal", "unreadable configuration record: " + e.getMessage());
        }
    }

    private static Map<String, String> read(final Reader reader) throws IOException {
        final Properties p = new Properties();
        p.load(reader);
        final Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k.trim(), p.getProperty(k).trim());
        }
        return m;
    }

    public static String envName(final String key) {
        return "RECKON_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /**
     * Validates {@code file} (keys and values as a configuration file holds them) with the {@code RECKON_*}
     * overrides of {@code environment}, as at the start of a session: the ring is checked against this JVM's
     * maximum heap.
     */
    public static ReckonConfig fromMap(final Map<String, String> file, final Map<String, String> environment) {
        return fromMap(file, environment, Runtime.getRuntime().maxMemory());
    }

    /** As {@link #fromMap(Map, Map)} with the maximum heap given (tests). */
    static ReckonConfig fromMap(final Map<String, String> file, final Map<String, String> environment,
                                final long maxHeapBytes) {
        return build(file, environment, true, maxHeapBytes);
    }

    private static ReckonConfig build(final Map<String, String> file, final Map<String, String> environment,
                                      final boolean startUp, final long maxHeapBytes) {
        for (String key : file.keySet()) {
            if (!DEFAULTS.containsKey(key)) {
                throw new ConfigException(key, "unknown key (known keys: " + new TreeMap<>(DEFAULTS).keySet() + ")");
            }
        }
        final Map<String, String> v = new TreeMap<>(DEFAULTS);
        v.putAll(file);
        v.putAll(EnvironmentOverrides.read(DEFAULTS.keySet(), file, environment));
        final Values in = new Values(v);
        final Venue venue = in.choice("venue", Venue.class);
        final Environment env = in.choice("environment", Environment.class);
        final boolean allowMainnet = in.bool("allow_mainnet");
        String rest = in.text("rest.base_url").isEmpty() ? defaultRest(env) : in.text("rest.base_url");
        String ws = in.text("ws.base_url").isEmpty() ? defaultWs(env) : in.text("ws.base_url");
        if (startUp) {
            // Empty only in sim, where the embedded simulator supplies its own loopback URLs.
            rest = rest.isEmpty() ? rest : BaseUrls.check("rest.base_url", rest, BaseUrls.REST_SCHEMES, false);
            ws = ws.isEmpty() ? ws : BaseUrls.check("ws.base_url", ws, BaseUrls.WS_SCHEMES, true);
        }
        v.put("rest.base_url", rest);
        v.put("ws.base_url", ws);
        if (venue != Venue.BINGX) {
            throw new ConfigException("venue", "'" + venue.key() + "' is not supported yet; use bingx");
        }
        if (env == Environment.LIVE && !allowMainnet) {
            throw new ConfigException("allow_mainnet",
                "environment=live trades real money; set allow_mainnet=true in the configuration file to confirm");
        }
        if (startUp && !allowMainnet) {
            refuseMainnetHost("rest.base_url", rest);
            refuseMainnetHost("ws.base_url", ws);
        }
        final int ringSize = in.integer("ring.size", 16, 1 << 20);
        if (Integer.bitCount(ringSize) != 1) {
            throw new ConfigException("ring.size", "must be a power of two, got " + ringSize);
        }
        final int slotBytes = in.integer("ring.slot_bytes", 1024, 16 << 20);
        if (startUp) {
            checkRingFitsTheHeap(ringSize, slotBytes, maxHeapBytes);
            if (in.text("journal.dir").isEmpty()) {
                throw new ConfigException("journal.dir", "must not be empty (that would be the working directory)");
            }
        }
        final ReconcileBounds bounds = new ReconcileBounds(
            in.amount("reconcile.capital_epsilon"),
            in.amount("reconcile.pending_fee_bound"),
            in.amount("reconcile.realized_rounding"),
            in.amount("reconcile.lot_step"),
            in.amount("reconcile.mark_staleness_factor"),
            in.amount("reconcile.leverage_rounding_band"),
            in.integer("reconcile.settlement_window_ms", 0, 86_400_000),
            in.amount("reconcile.entry_rounding_factor"));
        final StreamSettings stream = new StreamSettings(
            in.integer("stream.keepalive_seconds", 1, 3_540) * 1000L,
            in.integer("stream.reconnect_initial_ms", 1, 60_000),
            in.integer("stream.reconnect_max_ms", 1, 600_000),
            in.integer("stream.rotate_after_seconds", 1, 86_400) * 1000L,
            in.integer("stream.poll_interval_seconds", 0, 86_400) * 1000L,
            in.integer("rest.recv_window_ms", 1, 60_000),
            in.integer("rest.timeout_ms", 1, 120_000));
        if (stream.reconnectMaxMs() < stream.reconnectInitialMs()) {
            throw new ConfigException("stream.reconnect_max_ms", "must be at least stream.reconnect_initial_ms");
        }
        final String seed = in.text("ledger.seed_capital");
        // ---- router (issue 4): clamps out-of-range numbers into v, so read it before v is captured ----
        final RouterSettings router = RouterSettingsReader.read(v);
        // ---- end router ----
        return new ReckonConfig(
            venue, env, allowMainnet, rest, ws,
            startUp ? in.envVarName("credentials.api_key_env") : in.text("credentials.api_key_env"),
            startUp ? in.envVarName("credentials.secret_env") : in.text("credentials.secret_env"),
            ringSize,
            slotBytes,
            in.choice("ring.wait_strategy", WaitStrategyKind.class),
            Path.of(in.text("journal.dir")),
            in.choice("journal.roll_cycle", RollCycleKind.class),
            in.integer("journal.hash_interval", 1, 1 << 24),
            seed.isEmpty() ? -1 : in.amount("ledger.seed_capital"),
            in.integer("ledger.default_leverage", 1, 150),
            bounds, stream, v,
            router);
    }

    private static void refuseMainnetHost(final String key, final String url) {
        if (!url.isEmpty() && BaseUrls.isBingxMainnet(BaseUrls.host(url))) {
            throw new ConfigException(key, "host " + BaseUrls.host(url) + " is BingX mainnet (real money; BingX's"
                + " demo hosts are open-api-vst.bingx.com and vst-open-api-ws.bingx.com); set allow_mainnet=true in"
                + " the configuration file to confirm");
        }
    }

    /**
     * The ring is allocated whole when a session starts ({@code ring.size} slots of {@code ring.slot_bytes} each, on
     * the heap) and lives as long as the process, so under the Parallel collector it sits in the old generation,
     * two thirds of the heap by default. Half the maximum heap for the ring leaves the rest of that generation and
     * all of the young one to the kernel, the HTTP client and the order desk: a larger ring would die of
     * {@code OutOfMemoryError} at start-up or soon after, rather than be refused here by name. A fixed bound would
     * not do: 4 GiB still fails with a 1 GiB heap, and refuses what a 64 GiB heap holds easily.
     */
    private static void checkRingFitsTheHeap(final int ringSize, final int slotBytes, final long maxHeapBytes) {
        final long ringBytes = (long) ringSize * slotBytes;
        final long bound = maxHeapBytes / 2;
        if (ringBytes > bound) {
            throw new ConfigException("ring.size", "ring.size * ring.slot_bytes = " + ringSize + " * " + slotBytes
                + " bytes = " + mebibytes(ringBytes) + ", more than half the maximum heap (" + mebibytes(maxHeapBytes)
                + "); lower ring.size or ring.slot_bytes, or give the JVM more heap (-Xmx in RECKON_JAVA_OPTS)");
        }
    }

    private static String mebibytes(final long bytes) {
        return (bytes >> 20) + " MiB";
    }

    private static String defaultRest(final Environment env) {
        return switch (env) {
            case SIM -> "";
            case VST -> "https://open-api-vst.bingx.com";
            case LIVE -> "https://open-api.bingx.com";
        };
    }

    private static String defaultWs(final Environment env) {
        return switch (env) {
            case SIM -> "";
            case VST -> "wss://vst-open-api-ws.bingx.com/swap-market";
            case LIVE -> "wss://open-api-swap.bingx.com/swap-market";
        };
    }

    /** Typed reads of the merged key/value map, each failure naming its key. */
    private record Values(Map<String, String> map) {
        String text(final String key) {
            return map.get(key);
        }

        boolean bool(final String key) {
            final String s = text(key).toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("false")) {
                return Boolean.parseBoolean(s);
            }
            throw new ConfigException(key, "expected true or false, got '" + text(key) + "'");
        }

        int integer(final String key, final int min, final int max) {
            final int value;
            try {
                value = Integer.parseInt(text(key));
            } catch (NumberFormatException e) {
                throw new ConfigException(key, "expected an integer, got '" + text(key) + "'");
            }
            if (value < min || value > max) {
                throw new ConfigException(key, "must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        }

        long amount(final String key) {
            try {
                final BigDecimal d = new BigDecimal(text(key));
                if (d.signum() < 0) {
                    throw new ConfigException(key, "must not be negative, got '" + text(key) + "'");
                }
                return d.movePointRight(8).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new ConfigException(key, "expected a decimal with at most 8 fractional digits, got '"
                    + text(key) + "'");
            }
        }

        <E extends Enum<E>> E choice(final String key, final Class<E> type) {
            final String s = text(key).toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s)) {
                    return e;
                }
            }
            final StringBuilder allowed = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
            }
            throw new ConfigException(key, "unknown choice '" + text(key) + "' (one of: " + allowed + ")");
        }

        /** The value is never repeated in the message: a value that is not a name may be the secret itself. */
        String envVarName(final String key) {
            final String s = text(key);
            if (!VARIABLE_NAME.matcher(s).matches()) {
                throw new ConfigException(key, "must be the name of an environment variable (upper-case letters,"
                    + " digits and underscores, e.g. BINGX_API_KEY), not a value; what was given is not shown");
            }
            return s;
        }
    }
}
