package io.reckon.adapters.bingx.rest;

import io.reckon.config.ConfigException;
import io.reckon.config.ConfigLoader;
import io.reckon.config.ReckonConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialsTest {
    private final ReckonConfig config = ConfigLoader.fromMap(Map.of(
        "credentials.api_key_env", "RK_TEST_KEY", "credentials.secret_env", "RK_TEST_SECRET",
        "rest.base_url", "http://127.0.0.1:9"), Map.of());
    private final String key = "k-" + UUID.randomUUID();
    private final String secret = "s-" + UUID.randomUUID();

    @ParameterizedTest(name = "{0} unset -> {1}")
    @CsvSource({
        "RK_TEST_KEY, credentials.api_key_env",
        "RK_TEST_SECRET, credentials.secret_env"
    })
    void namesTheConfigKeyAndVariableOfAMissingCredentialButNoValue(final String unset, final String configKey) {
        final Map<String, String> env = new HashMap<>(Map.of("RK_TEST_KEY", key, "RK_TEST_SECRET", secret));
        env.remove(unset);
        final ConfigException e = assertThrows(ConfigException.class,
            () -> Credentials.fromEnvironment(config, env));
        assertEquals(configKey, e.key());
        assertTrue(e.getMessage().contains(unset), e.getMessage());
        assertFalse(e.getMessage().contains(key) || e.getMessage().contains(secret), e.getMessage());
    }

    @Test
    void treatsABlankVariableAsMissing() {
        final ConfigException e = assertThrows(ConfigException.class,
            () -> Credentials.fromEnvironment(config, Map.of("RK_TEST_KEY", key, "RK_TEST_SECRET", "  ")));
        assertEquals("credentials.secret_env", e.key());
    }

    @Test
    void resolvesFromTheNamedVariablesAndNeverPrintsThem() {
        final Credentials c = Credentials.fromEnvironment(config,
            Map.of("RK_TEST_KEY", key, "RK_TEST_SECRET", secret, "BINGX_API_KEY", "other"));
        assertEquals(key, c.apiKey());
        assertEquals(secret, c.secret());
        assertFalse(c.toString().contains(key) || c.toString().contains(secret));
    }

    @Test
    void clientFromConfigRefusesMissingCredentialsAtStartUp() {
        final ConfigException e = assertThrows(ConfigException.class, () ->
            BingxRestClient.fromConfig(config, Map.of("RK_TEST_SECRET", secret), HttpClient.newHttpClient(),
                () -> 0L));
        assertEquals("credentials.api_key_env", e.key());
    }

    @Test
    void clientFromConfigRefusesAnEmptyBaseUrl() {
        final ReckonConfig sim = ConfigLoader.defaultConfig();
        final ConfigException e = assertThrows(ConfigException.class, () ->
            BingxRestClient.fromConfig(sim, Map.of("BINGX_API_KEY", key, "BINGX_SECRET_KEY", secret),
                HttpClient.newHttpClient(), () -> 0L));
        assertEquals("rest.base_url", e.key());
    }
}
