package io.reckon.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @Test
    void defaultsDescribeTheEmbeddedSimulator() {
        final ReckonConfig c = ConfigLoader.defaultConfig();
        assertEquals(Venue.BINGX, c.venue());
        assertEquals(Environment.SIM, c.environment());
        assertEquals(WaitStrategyKind.BLOCKING, c.waitStrategy());
        assertFalse(c.hasSeedCapital());
        assertEquals(ReconcileBounds.defaults(), c.reconcile());
        assertEquals(1_800_000L, c.stream().keepaliveMs());
    }

    @Test
    void unknownKeyIsRefusedByName() {
        final ConfigException e = assertThrows(ConfigException.class,
            () -> ConfigLoader.fromMap(Map.of("reconcile.capital_epsilom", "1"), Map.of()));
        assertEquals("reconcile.capital_epsilom", e.key());
    }

    @ParameterizedTest
    @CsvSource({
        "ring.size, 1000, ring.size",
        "ring.size, abc, ring.size",
        "ring.wait_strategy, turbo, ring.wait_strategy",
        "reconcile.lot_step, -1, reconcile.lot_step",
        "reconcile.lot_step, 0.000000001, reconcile.lot_step",
        "allow_mainnet, yes, allow_mainnet",
        "credentials.api_key_env, 'not a name', credentials.api_key_env",
        "stream.keepalive_seconds, 3600, stream.keepalive_seconds",
        "environment, live, allow_mainnet",
        "rest.base_url, https://open-api.bingx.com, rest.base_url",
    })
    void invalidValuesAreRefusedNamingTheKey(final String key, final String value, final String named) {
        final ConfigException e = assertThrows(ConfigException.class,
            () -> ConfigLoader.fromMap(Map.of(key, value), Map.of()));
        assertEquals(named, e.key());
        assertTrue(e.getMessage().startsWith(named + ": "), e.getMessage());
    }

    @Test
    void mainnetIsAcceptedOnlyWithTheExplicitFlag() {
        final ReckonConfig c = ConfigLoader.fromMap(Map.of("environment", "live", "allow_mainnet", "true"), Map.of());
        assertEquals("https://open-api.bingx.com", c.restBaseUrl());
    }

    @Test
    void environmentOverridesTheFile(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("reckon.properties");
        Files.writeString(file, "journal.dir=/from/file\nledger.seed_capital=1000.5\n");
        final ReckonConfig c = ConfigLoader.load(file, Map.of("RECKON_JOURNAL_DIR", "/from/env", "PATH", "/bin"));
        assertEquals(Path.of("/from/env"), c.journalDir());
        assertEquals(100_050_000_000L, c.seedCapital());
    }

    @Test
    void journaledPropertiesRoundTripToTheSameConfiguration() {
        final ReckonConfig c = ConfigLoader.fromMap(Map.of("environment", "vst", "ring.size", "1024"), Map.of());
        final ReckonConfig back = ConfigLoader.fromJournaled(c.toProperties());
        assertEquals(c, back);
    }

    @Test
    void missingFileIsAClearError(@TempDir final Path dir) {
        final ConfigException e = assertThrows(ConfigException.class,
            () -> ConfigLoader.load(dir.resolve("nope.properties"), Map.of()));
        assertTrue(e.getMessage().contains("nope.properties"));
    }

    @Test
    void shippedVstExampleLoads() {
        final Path example = Path.of("bingx-vst.properties");
        final ReckonConfig c = ConfigLoader.load(example, Map.of());
        assertEquals(Environment.VST, c.environment());
        assertEquals("https://open-api-vst.bingx.com", c.restBaseUrl());
        assertEquals("BINGX_API_KEY", c.apiKeyEnv());
    }
}
