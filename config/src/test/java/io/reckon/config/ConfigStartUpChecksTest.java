package io.reckon.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The configuration holes of issue 14 (finding 6), each refused at start-up by name. */
class ConfigStartUpChecksTest {
    private static final long GIB = 1L << 30;

    private static ConfigException refused(final Map<String, String> file, final Map<String, String> environment) {
        return assertThrows(ConfigException.class, () -> ConfigLoader.fromMap(file, environment));
    }

    // ---- mainnet guard: hosts, parsed and compared case-insensitively ----

    @ParameterizedTest
    @CsvSource({
        "rest.base_url, https://OPEN-API.BINGX.COM",
        "rest.base_url, https://Open-Api.BingX.com:443/",
        "rest.base_url, https://open-api.bingx.com./",
        "rest.base_url, HTTPS://open-api.bingx.com",
        "ws.base_url, wss://OPEN-API-SWAP.BINGX.COM/swap-market",
        "ws.base_url, WSS://open-api-swap.bingx.com/swap-market",
        "ws.base_url, wss://open-api-ws.bingx.com/market",
    })
    void mainnetGuardComparesParsedHostsCaseInsensitively(final String key, final String url) {
        final ConfigException e = refused(Map.of("environment", "vst", key, url), Map.of());
        assertEquals(key, e.key());
        assertTrue(e.getMessage().contains("is BingX mainnet"), e.getMessage());
    }

    @Test
    void aHostThatMerelyContainsTheMainnetNameIsNotMainnet() {
        final ReckonConfig c = ConfigLoader.fromMap(Map.of("environment", "vst",
            "rest.base_url", "https://open-api.bingx.com.example.test",
            "ws.base_url", "wss://proxy.example.test/open-api-swap.bingx.com"), Map.of());
        assertEquals("https://open-api.bingx.com.example.test", c.restBaseUrl());
    }

    @Test
    void vstHostsInAnyCaseAreAcceptedAndWrittenInLowerCase() {
        final ReckonConfig c = ConfigLoader.fromMap(Map.of("environment", "vst",
            "rest.base_url", "HTTPS://OPEN-API-VST.BINGX.COM",
            "ws.base_url", "WSS://Vst-Open-Api-Ws.BingX.com/swap-market"), Map.of());
        assertEquals("https://open-api-vst.bingx.com", c.restBaseUrl());
        assertEquals("wss://vst-open-api-ws.bingx.com/swap-market", c.wsBaseUrl());
        assertEquals(c, ConfigLoader.fromJournaled(c.toProperties()));
    }

    @Test
    void aMainnetHostIsAcceptedWhenTheFileAllowsMainnet() {
        final ReckonConfig c = ConfigLoader.fromMap(Map.of("environment", "live", "allow_mainnet", "true",
            "rest.base_url", "https://OPEN-API.BINGX.COM"), Map.of());
        assertEquals("https://open-api.bingx.com", c.restBaseUrl());
    }

    // ---- the environment cannot make a file mainnet ----

    @Test
    void environmentCannotAllowMainnetForAFileThatDoesNot() {
        final ConfigException e = refused(Map.of("environment", "vst"),
            Map.of("RECKON_ENVIRONMENT", "live", "RECKON_ALLOW_MAINNET", "true"));
        assertEquals("RECKON_ALLOW_MAINNET", e.key());
        assertTrue(e.getMessage().contains("file itself must say allow_mainnet=true"), e.getMessage());
        assertEquals("RECKON_ALLOW_MAINNET", refused(Map.of(), Map.of("RECKON_ALLOW_MAINNET", "TRUE")).key());
    }

    @Test
    void environmentCannotTurnAFileLiveWithoutTheFilesConsent() {
        assertEquals("allow_mainnet", refused(Map.of("environment", "vst"),
            Map.of("RECKON_ENVIRONMENT", "live")).key());
        assertEquals("rest.base_url", refused(Map.of("environment", "vst"),
            Map.of("RECKON_REST_BASE_URL", "https://open-api.bingx.com")).key());
    }

    @Test
    void environmentMayTurnLiveAFileThatAllowsMainnetAndMayWithdrawTheConsent() {
        final ReckonConfig live = ConfigLoader.fromMap(Map.of("environment", "vst", "allow_mainnet", "true"),
            Map.of("RECKON_ENVIRONMENT", "live", "RECKON_ALLOW_MAINNET", "true"));
        assertEquals(Environment.LIVE, live.environment());
        assertEquals("allow_mainnet", refused(Map.of("environment", "live", "allow_mainnet", "true"),
            Map.of("RECKON_ALLOW_MAINNET", "false")).key());
    }

    // ---- base URLs fail at start-up, named ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rest.base_url | ftp://open-api-vst.bingx.com       | scheme 'ftp' is not one of http, https",
        "rest.base_url | open-api-vst.bingx.com             | has no scheme",
        "rest.base_url | https://                           | not a valid URL",
        "rest.base_url | https:open-api-vst.bingx.com       | has no host",
        "rest.base_url | https://exa mple.com               | not a valid URL",
        "rest.base_url | https://example.test:99999         | port 99999 is outside 1-65535",
        "rest.base_url | https://example.test:0             | port 0 is outside 1-65535",
        "rest.base_url | https://example.test:http          | not a valid URL",
        "rest.base_url | https://example.test/?a=b          | must not have a query",
        "rest.base_url | https://example.test/#top          | must not have a fragment",
        "ws.base_url   | https://vst-open-api-ws.bingx.com  | scheme 'https' is not one of ws, wss",
        "ws.base_url   | wss:///swap-market                 | has no host",
    })
    void aBadUrlIsRefusedAtStartUpNamingTheKey(final String key, final String url, final String problem) {
        final ConfigException e = refused(Map.of("environment", "vst", key, url), Map.of());
        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith(key + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void aUrlCarryingAPasswordIsRefusedWithoutShowingIt() {
        final ConfigException e = refused(Map.of("environment", "vst",
            "rest.base_url", "https://me:hunter2@open-api-vst.bingx.com"), Map.of());
        assertEquals("rest.base_url", e.key());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void aBadUrlFromTheEnvironmentIsRefusedToo() {
        assertEquals("ws.base_url", refused(Map.of("environment", "vst"),
            Map.of("RECKON_WS_BASE_URL", "wss//vst-open-api-ws.bingx.com")).key());
    }

    // ---- the ring against the heap ----

    @Test
    void aRingLargerThanHalfTheHeapIsRefusedNamingBothKeys() {
        final Map<String, String> file = Map.of("ring.size", "1048576", "ring.slot_bytes", "1048576");
        final ConfigException e = assertThrows(ConfigException.class,
            () -> ConfigLoader.fromMap(file, Map.of(), 64 * GIB));
        assertEquals("ring.size", e.key());
        assertTrue(e.getMessage().contains("ring.size * ring.slot_bytes = 1048576 * 1048576 bytes = 1048576 MiB"),
            e.getMessage());
        assertTrue(e.getMessage().contains("half the maximum heap (65536 MiB)"), e.getMessage());
    }

    @Test
    void aRingOfHalfTheHeapIsAcceptedAndOneSlotMoreIsNot() {
        // 8192 x 65536 = 512 MiB: exactly half of a 1 GiB heap.
        final Map<String, String> half = Map.of("ring.size", "8192", "ring.slot_bytes", "65536");
        assertEquals(8192, ConfigLoader.fromMap(half, Map.of(), GIB).ringSize());
        final Map<String, String> more = Map.of("ring.size", "8192", "ring.slot_bytes", "65537");
        assertThrows(ConfigException.class, () -> ConfigLoader.fromMap(more, Map.of(), GIB));
    }

    @Test
    void theDefaultRingFitsTheTestHeap() {
        final ReckonConfig c = ConfigLoader.defaultConfig();
        assertTrue((long) c.ringSize() * c.slotBytes() <= Runtime.getRuntime().maxMemory() / 2);
    }

    // ---- empty and misspelt RECKON_* variables ----

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void anEmptyJournalDirFromTheEnvironmentIsRefused(final String value) {
        final ConfigException e = refused(Map.of("journal.dir", "journal/vst"), Map.of("RECKON_JOURNAL_DIR", value));
        assertEquals("RECKON_JOURNAL_DIR", e.key());
        assertTrue(e.getMessage().contains("is set but empty"), e.getMessage());
    }

    @Test
    void anEmptyOverrideOfAnyKeyIsRefused() {
        assertEquals("RECKON_LEDGER_SEED_CAPITAL",
            refused(Map.of("ledger.seed_capital", "1000"), Map.of("RECKON_LEDGER_SEED_CAPITAL", "")).key());
    }

    @Test
    void anEmptyJournalDirInTheFileIsRefused() {
        assertEquals("journal.dir", refused(Map.of("journal.dir", ""), Map.of()).key());
    }

    @ParameterizedTest
    @CsvSource({
        "RECKON_JOURNAL_DIRECTORY, RECKON_JOURNAL_DIR",
        "RECKON_JOURNALDIR, RECKON_JOURNAL_DIR",
        "RECKON_RING_SIZES, RECKON_RING_SIZE",
        "RECKON_ALLOW_MAIN_NET, RECKON_ALLOW_MAINNET",
        "RECKON_ROUTER_ENTRY_TTL, RECKON_ROUTER_ENTRY_TTL_MS",
        "RECKON_JAVA_OPT, RECKON_JAVA_OPTS",
    })
    void aMisspeltReckonVariableIsRefusedWithTheNearestValidName(final String variable, final String nearest) {
        final ConfigException e = refused(Map.of(), Map.of(variable, "x"));
        assertEquals(variable, e.key());
        assertTrue(e.getMessage().contains("names no configuration key; did you mean " + nearest + "?"),
            e.getMessage());
        assertFalse(e.getMessage().contains("=x") || e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test
    void reckonVariablesThatAreNotKeysButAreUsedAreAccepted() {
        final Map<String, String> environment = new HashMap<>();
        environment.put("RECKON_JAVA_OPTS", "-Xmx2g");
        environment.put("RECKON_API_KEY", "secret-value");
        environment.put("RECKON_SECRET", "other-secret");
        environment.put("PATH", "/bin");
        final ReckonConfig c = ConfigLoader.fromMap(Map.of("credentials.api_key_env", "RECKON_API_KEY",
            "credentials.secret_env", "RECKON_SECRET"), environment);
        assertEquals("RECKON_API_KEY", c.apiKeyEnv());
    }

    // ---- a secret pasted where a variable name belongs ----

    @ParameterizedTest
    @CsvSource({
        "credentials.api_key_env, Zx81hQv2LmN0pR7sT4uW9yB3cE6fG1jK5oI8aD2xV7nM4qS0tY6wH3lJ9kP1bF",
        "credentials.secret_env, aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7pQ9rS1tU",
        "credentials.api_key_env, bingx_api_key",
        "credentials.secret_env, 'sk-12 34'",
    })
    void aValuePastedAsACredentialVariableNameIsRefusedWithoutEchoingIt(final String key, final String value) {
        final ConfigException e = refused(Map.of(key, value), Map.of());
        assertEquals(key, e.key());
        assertFalse(e.getMessage().contains(value), e.getMessage());
        assertTrue(e.getMessage().contains("is not shown"), e.getMessage());
        final ConfigException fromEnvironment = refused(Map.of(), Map.of(ConfigLoader.envName(key), value));
        assertEquals(key, fromEnvironment.key());
        assertFalse(fromEnvironment.getMessage().contains(value), fromEnvironment.getMessage());
    }

    // ---- what a journal holds is read back without the start-up checks ----

    @Test
    void aJournaledConfigurationReplaysWithoutTheStartUpChecks() {
        final String journaled = "environment=vst\nrest.base_url=HTTPS://open-api-vst.bingx.com\n"
            + "credentials.api_key_env=bingx_key\nring.size=1048576\nring.slot_bytes=16777216\njournal.dir=\n";
        final ReckonConfig c = ConfigLoader.fromJournaled(journaled);
        assertEquals("HTTPS://open-api-vst.bingx.com", c.restBaseUrl());
        assertEquals("bingx_key", c.apiKeyEnv());
        assertEquals(1 << 20, c.ringSize());
    }

    @Test
    void aFileWithABadUrlIsRefusedByLoadBeforeAnythingIsCreated(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("reckon.properties");
        final Path journal = dir.resolve("journal");
        Files.writeString(file, "environment=vst\nrest.base_url=https//open-api-vst.bingx.com\njournal.dir="
            + journal.toString().replace("\\", "\\\\") + "\n");
        final ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of()));
        assertEquals("rest.base_url", e.key());
        assertFalse(Files.exists(journal));
    }
}
