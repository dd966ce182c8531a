package io.reckon.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The effective, validated configuration of one reckon process. Immutable; built only by {@link ConfigLoader},
 * which names the key of anything it refuses. Credentials are held as the names of environment variables, never
 * as values, so this record is safe to log and to journal.
 *
 * @param seedCapital the ledger's starting capital in 1e-8 units, or -1 to take it from the first REST balance
 * @param router the order router's policy ({@code router.*} keys)
 */
public record ReckonConfig(
    Venue venue,
    Environment environment,
    boolean allowMainnet,
    String restBaseUrl,
    String wsBaseUrl,
    String apiKeyEnv,
    String secretEnv,
    int ringSize,
    int slotBytes,
    WaitStrategyKind waitStrategy,
    Path journalDir,
    RollCycleKind rollCycle,
    int hashInterval,
    long seedCapital,
    int defaultLeverage,
    ReconcileBounds reconcile,
    StreamSettings stream,
    Map<String, String> effective,
    RouterSettings router) {

    public ReckonConfig {
        effective = Map.copyOf(effective);
    }

    public boolean hasSeedCapital() {
        return seedCapital >= 0;
    }

    /** The effective configuration as sorted {@code key=value} lines: what the journal's first record holds. */
    public String toProperties() {
        final StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(effective).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }
}
