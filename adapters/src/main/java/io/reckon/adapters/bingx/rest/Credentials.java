package io.reckon.adapters.bingx.rest;

import io.reckon.config.ConfigException;
import io.reckon.config.ReckonConfig;

import java.util.Map;

/**
 * The API key and secret, resolved once at start-up from the environment variables the configuration names
 * ({@link ReckonConfig#apiKeyEnv()}, {@link ReckonConfig#secretEnv()}). The configuration holds only the names, so
 * it can be journaled; the values live here and nowhere else, and {@link #toString()} never shows them.
 */
public final class Credentials {
    private final String apiKey;
    private final String secret;

    private Credentials(final String apiKey, final String secret) {
        this.apiKey = apiKey;
        this.secret = secret;
    }

    /**
     * Reads both variables from {@code environment} (the process environment in production, a map in tests).
     *
     * @throws ConfigException naming {@code credentials.api_key_env} or {@code credentials.secret_env} and the
     *                         variable that is unset or blank; the message never contains a value
     */
    public static Credentials fromEnvironment(final ReckonConfig config, final Map<String, String> environment) {
        final String key = required(environment, "credentials.api_key_env", config.apiKeyEnv());
        final String secret = required(environment, "credentials.secret_env", config.secretEnv());
        return new Credentials(key, secret);
    }

    /** For callers that hold the values already (the embedded simulator hands its own out). */
    public static Credentials of(final String apiKey, final String secret) {
        if (apiKey == null || apiKey.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("API key and secret must both be non-blank");
        }
        return new Credentials(apiKey, secret);
    }

    private static String required(final Map<String, String> environment, final String configKey,
                                   final String variable) {
        final String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new ConfigException(configKey, "environment variable " + variable + " is not set");
        }
        return value.trim();
    }

    public String apiKey() {
        return apiKey;
    }

    String secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "Credentials[redacted]";
    }
}
