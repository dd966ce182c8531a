package io.reckon.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code RECKON_*} environment variables that override configuration keys, checked before any is applied:
 * <ul>
 *   <li>a {@code RECKON_*} variable that names no key is refused with the nearest valid name (a misspelt override
 *       must not silently leave the file's value in force), except {@code RECKON_JAVA_OPTS}, which the launcher
 *       reads, and the variables the configuration names as holding the credentials;</li>
 *   <li>an empty (or blank) override is refused: {@code RECKON_JOURNAL_DIR=} would otherwise mean the working
 *       directory, and no key is better set to nothing from the environment than by unsetting the variable;</li>
 *   <li>{@code RECKON_ALLOW_MAINNET=true} is refused unless the file itself says {@code allow_mainnet=true}: real money
 *       needs the file's consent, never the environment's alone. The environment may still lower it to false.</li>
 * </ul>
 * Errors name the variable, never its value.
 */
final class EnvironmentOverrides {
    static final String PREFIX = "RECKON_";
    /** Variables with the prefix that are not configuration keys: the launcher's JVM options. */
    static final Set<String> NOT_KEYS = Set.of("RECKON_JAVA_OPTS");

    private static final String ALLOW_MAINNET = "allow_mainnet";
    private static final String[] CREDENTIAL_KEYS = {"credentials.api_key_env", "credentials.secret_env"};

    private EnvironmentOverrides() {
    }

    /**
     * @param keys        every configuration key
     * @param file        the file's keys and values (already checked to be known keys)
     * @param environment the process environment
     * @return the overrides by configuration key, values trimmed
     */
    static Map<String, String> read(final Set<String> keys, final Map<String, String> file,
                                    final Map<String, String> environment) {
        final Map<String, String> byName = new TreeMap<>();
        for (final String key : keys) {
            byName.put(ConfigLoader.envName(key), key);
        }
        final Map<String, String> overrides = new TreeMap<>();
        for (final Map.Entry<String, String> e : byName.entrySet()) {
            final String value = environment.get(e.getKey());
            if (value == null) {
                continue;
            }
            if (value.isBlank()) {
                throw new ConfigException(e.getKey(), "is set but empty; unset it to keep the value of "
                    + e.getValue() + " from the file (or its default)");
            }
            overrides.put(e.getValue(), value.trim());
        }
        final String mainnet = overrides.get(ALLOW_MAINNET);
        if (mainnet != null && mainnet.equalsIgnoreCase("true")
            && !file.getOrDefault(ALLOW_MAINNET, "").trim().equalsIgnoreCase("true")) {
            throw new ConfigException(ConfigLoader.envName(ALLOW_MAINNET), "cannot allow mainnet: the configuration"
                + " file itself must say allow_mainnet=true (real money needs the file's consent, not the"
                + " environment's)");
        }
        final Set<String> credentialVariables = new TreeSet<>();
        for (final String key : CREDENTIAL_KEYS) {
            credentialVariables.add(overrides.getOrDefault(key,
                file.getOrDefault(key, ConfigLoader.DEFAULTS.get(key))));
        }
        for (final String name : new TreeSet<>(environment.keySet())) {
            if (name.startsWith(PREFIX) && !byName.containsKey(name) && !NOT_KEYS.contains(name)
                && !credentialVariables.contains(name)) {
                throw new ConfigException(name, "names no configuration key; did you mean "
                    + nearest(name, byName.keySet()) + "? (RECKON_<KEY>, the key upper-cased with dots as"
                    + " underscores)");
            }
        }
        return overrides;
    }

    /** The valid name closest to {@code name} by edit distance (ties: the alphabetically first). */
    static String nearest(final String name, final Set<String> valid) {
        final Set<String> candidates = new TreeSet<>(valid);
        candidates.addAll(NOT_KEYS);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        final String upper = name.toUpperCase(Locale.ROOT);
        for (final String candidate : candidates) {
            final int d = distance(upper, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    private static int distance(final String a, final String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                final int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
