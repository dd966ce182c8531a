package io.reckon.adapters.bingx.exec;

import io.reckon.engine.ring.PositionSide;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The leverage last set per symbol and position side, so an order sets leverage only when it changes (a
 * leverage call costs a round trip before every order otherwise). Persisted as a small properties file
 * ({@code BTC-USDT.LONG=5}) beside the journal, replaced atomically on every change, so it survives restarts;
 * on connect it is checked against the venue and corrected to the venue's values (another process may have
 * changed them). A file that cannot be read starts an empty cache, which only costs one leverage call per symbol.
 *
 * <p>Leverage is an account-wide setting: runners sharing an account must agree on it, which this cache cannot
 * enforce. Confined to the execution thread; cold path.
 */
public final class LeverageCache {
    public static final String FILE_NAME = "leverage-cache.properties";
    private static final Logger LOG = LoggerFactory.getLogger(LeverageCache.class);

    private final Path file;
    private final Map<String, Integer> values = new TreeMap<>();

    private LeverageCache(final Path file) {
        this.file = file;
    }

    /** The cache kept in {@code dir}, loaded now. */
    public static LeverageCache in(final Path dir) {
        final LeverageCache cache = new LeverageCache(dir.resolve(FILE_NAME));
        cache.load();
        return cache;
    }

    /** The cached leverage, 0 when none. */
    public int get(final String symbol, final PositionSide side) {
        return values.getOrDefault(key(symbol, side), 0);
    }

    /** Records a leverage the venue confirmed and writes the file; false (logged) when it could not be written. */
    public boolean put(final String symbol, final PositionSide side, final int leverage) {
        if (leverage < 1) {
            throw new IllegalArgumentException("leverage must be at least 1, got " + leverage);
        }
        final Integer before = values.put(key(symbol, side), leverage);
        return before != null && before == leverage || persist();
    }

    /** The cached symbols, in name order. */
    public java.util.Set<String> symbols() {
        final java.util.Set<String> out = new java.util.TreeSet<>();
        for (String k : values.keySet()) {
            out.add(k.substring(0, k.lastIndexOf('.')));
        }
        return out;
    }

    public Path file() {
        return file;
    }

    private static String key(final String symbol, final PositionSide side) {
        if (side != PositionSide.LONG && side != PositionSide.SHORT) {
            throw new IllegalArgumentException("leverage is kept per LONG/SHORT side, got " + side);
        }
        return symbol + '.' + side.name();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        final Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("leverage cache {} unreadable ({}); starting empty", file, e.toString());
            return;
        }
        for (String k : p.stringPropertyNames()) {
            final int dot = k.lastIndexOf('.');
            final String side = dot < 0 ? "" : k.substring(dot + 1);
            try {
                final int v = Integer.parseInt(p.getProperty(k).trim());
                if (dot > 0 && v >= 1 && (side.equals("LONG") || side.equals("SHORT"))) {
                    values.put(k, v);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below with the other unusable entries
            }
            LOG.warn("leverage cache {}: ignoring entry {}", file, k);
        }
    }

    private boolean persist() {
        final Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, Integer> e : values.entrySet()) {
                    w.write(e.getKey() + '=' + e.getValue() + '\n');
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            LOG.warn("leverage cache {} could not be written ({}); it will be re-set after a restart", file,
                e.toString());
            return false;
        }
    }
}
