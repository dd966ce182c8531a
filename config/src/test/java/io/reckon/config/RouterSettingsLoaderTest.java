package io.reckon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouterSettingsLoaderTest {

    private static ReckonConfig load(final String key, final String value) {
        return ConfigLoader.fromMap(Map.of(key, value), Map.of());
    }

    /** The merged key map as ConfigLoader builds it: defaults overlaid with {@code key=value}. */
    private static Map<String, String> merged(final String key, final String value) {
        final Map<String, String> v = new TreeMap<>(ConfigLoader.DEFAULTS);
        v.put(key, value);
        return v;
    }

    @Test
    void defaultsAreTheSeedsPureTakerPolicy() {
        final RouterSettings router = ConfigLoader.defaultConfig().router();
        assertEquals(RouterSettings.defaults(), router);
        assertEquals(RouterStyle.TAKER, router.style());
        assertEquals(8_000, router.entryTtlMs());
        assertEquals(5_000, router.exitTtlMs());
        assertEquals(EntryMissPolicy.SKIP, router.entryMiss());
        assertEquals(1, router.entryRetries());
        assertEquals(RetryExhaustAction.SKIP, router.retryExhaust());
        assertEquals(1, router.offsetTicks());
        assertEquals(5_00000000L, router.maxSpreadBps());
        assertTrue(router.postOnly());
        assertTrue(router.tickOverrides().isEmpty());
        assertFalse(router.makerEntry());
        assertFalse(router.makerExit());
    }

    static Stream<Arguments> inRangeValues() {
        return Stream.of(
            Arguments.of("router.entry_ttl_ms", "500", 500L, (Function<RouterSettings, Long>) RouterSettings::entryTtlMs),
            Arguments.of("router.entry_ttl_ms", "300000", 300_000L,
                (Function<RouterSettings, Long>) RouterSettings::entryTtlMs),
            Arguments.of("router.exit_ttl_ms", "1234", 1_234L, (Function<RouterSettings, Long>) RouterSettings::exitTtlMs),
            Arguments.of("router.entry_retries", "0", 0L, (Function<RouterSettings, Long>) s -> (long) s.entryRetries()),
            Arguments.of("router.entry_retries", "10", 10L, (Function<RouterSettings, Long>) s -> (long) s.entryRetries()),
            Arguments.of("router.offset_ticks", "0", 0L, (Function<RouterSettings, Long>) s -> (long) s.offsetTicks()),
            Arguments.of("router.offset_ticks", "100", 100L, (Function<RouterSettings, Long>) s -> (long) s.offsetTicks()),
            Arguments.of("router.max_spread_bps", "0", 0L, (Function<RouterSettings, Long>) RouterSettings::maxSpreadBps),
            Arguments.of("router.max_spread_bps", "2.5", 2_50000000L,
                (Function<RouterSettings, Long>) RouterSettings::maxSpreadBps),
            Arguments.of("router.max_spread_bps", "1000", 1_000_00000000L,
                (Function<RouterSettings, Long>) RouterSettings::maxSpreadBps));
    }

    @ParameterizedTest(name = "{0}={1} is kept")
    @MethodSource("inRangeValues")
    void keepsNumbersInsideTheSeedsRangesWithoutWarning(final String key, final String raw, final long expected,
                                                         final Function<RouterSettings, Long> read) {
        final List<String> warnings = new ArrayList<>();
        final Map<String, String> v = merged(key, raw);
        final RouterSettings s = RouterSettingsReader.read(v, warnings::add);
        assertEquals(expected, read.apply(s));
        assertEquals(List.of(), warnings);
        assertEquals(raw, v.get(key));
    }

    static Stream<Arguments> outOfRangeValues() {
        return Stream.of(
            Arguments.of("router.entry_ttl_ms", "499", "500", 500L,
                (Function<RouterSettings, Long>) RouterSettings::entryTtlMs),
            Arguments.of("router.entry_ttl_ms", "0", "500", 500L,
                (Function<RouterSettings, Long>) RouterSettings::entryTtlMs),
            Arguments.of("router.entry_ttl_ms", "300001", "300000", 300_000L,
                (Function<RouterSettings, Long>) RouterSettings::entryTtlMs),
            Arguments.of("router.exit_ttl_ms", "-5", "500", 500L,
                (Function<RouterSettings, Long>) RouterSettings::exitTtlMs),
            Arguments.of("router.exit_ttl_ms", "99999999999999999999999", "300000", 300_000L,
                (Function<RouterSettings, Long>) RouterSettings::exitTtlMs),
            Arguments.of("router.entry_retries", "-1", "0", 0L,
                (Function<RouterSettings, Long>) s -> (long) s.entryRetries()),
            Arguments.of("router.entry_retries", "11", "10", 10L,
                (Function<RouterSettings, Long>) s -> (long) s.entryRetries()),
            Arguments.of("router.offset_ticks", "-3", "0", 0L,
                (Function<RouterSettings, Long>) s -> (long) s.offsetTicks()),
            Arguments.of("router.offset_ticks", "101", "100", 100L,
                (Function<RouterSettings, Long>) s -> (long) s.offsetTicks()),
            Arguments.of("router.max_spread_bps", "-0.5", "0", 0L,
                (Function<RouterSettings, Long>) RouterSettings::maxSpreadBps),
            Arguments.of("router.max_spread_bps", "1000.00000001", "1000", 1_000_00000000L,
                (Function<RouterSettings, Long>) RouterSettings::maxSpreadBps),
            Arguments.of("router.max_spread_bps", "1e9", "1000", 1_000_00000000L,
                (Function<RouterSettings, Long>) RouterSettings::maxSpreadBps));
    }

    @ParameterizedTest(name = "{0}={1} is clamped to {2}")
    @MethodSource("outOfRangeValues")
    void clampsNumbersOutsideTheSeedsRangesWithOneWarningNamingTheKey(
        final String key, final String raw, final String clampedText, final long expected,
        final Function<RouterSettings, Long> read) {
        final List<String> warnings = new ArrayList<>();
        final Map<String, String> v = merged(key, raw);
        final RouterSettings s = RouterSettingsReader.read(v, warnings::add);
        assertEquals(expected, read.apply(s));
        assertEquals(1, warnings.size(), () -> "warnings: " + warnings);
        assertTrue(warnings.get(0).startsWith(key + "=" + raw), warnings.get(0));
        assertTrue(warnings.get(0).endsWith("clamped to " + clampedText), warnings.get(0));
        assertEquals(clampedText, v.get(key), "the effective map holds the clamped value");
    }

    @ParameterizedTest(name = "{0}={1} clamped through the loader")
    @MethodSource("outOfRangeValues")
    void loaderJournalsTheClampedValueSoReplayNeedsNoClamp(
        final String key, final String raw, final String clampedText, final long expected,
        final Function<RouterSettings, Long> read) {
        final ReckonConfig config = load(key, raw);
        assertEquals(expected, read.apply(config.router()));
        assertEquals(clampedText, config.effective().get(key));
        final Map<String, String> journaled = new TreeMap<>(config.effective());
        final List<String> warnings = new ArrayList<>();
        assertEquals(config.router(), RouterSettingsReader.read(journaled, warnings::add));
        assertEquals(List.of(), warnings);
        assertEquals(config.router(), ConfigLoader.fromJournaled(config.toProperties()).router());
    }

    @Test
    void warnsOncePerClampedKeyWhenSeveralKeysAreOutOfRange() {
        final Map<String, String> v = merged("router.entry_retries", "99");
        v.put("router.offset_ticks", "-1");
        final List<String> warnings = new ArrayList<>();
        RouterSettingsReader.read(v, warnings::add);
        assertEquals(2, warnings.size(), () -> "warnings: " + warnings);
        assertTrue(warnings.get(0).startsWith("router.entry_retries="), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("router.offset_ticks="), warnings.get(1));
    }

    @ParameterizedTest(name = "{0}={1} refused")
    @CsvSource({
        "router.style, aggressive",
        "router.style, maker",
        "router.style, ''",
        "router.entry_miss, wait",
        "router.entry_miss, retry_then_skip",
        "router.retry_exhaust, retry",
        "router.retry_exhaust, cancel",
    })
    void refusesUnknownChoicesNamingTheKey(final String key, final String value) {
        final ConfigException e = assertThrows(ConfigException.class, () -> load(key, value));
        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith(key + ": unknown choice '" + value + "'"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "router.style, TAKER, TAKER",
        "router.style, maker_entry, MAKER_ENTRY",
        "router.style, maker-exit, MAKER_EXIT",
        "router.style, Maker_Both, MAKER_BOTH",
    })
    void acceptsEveryStyleInAnyCase(final String key, final String value, final RouterStyle expected) {
        assertEquals(expected, load(key, value).router().style());
    }

    @ParameterizedTest(name = "entry_miss={0}")
    @CsvSource({"skip, SKIP", "retry, RETRY", "market, MARKET"})
    void acceptsEveryEntryMissPolicy(final String value, final EntryMissPolicy expected) {
        assertEquals(expected, load("router.entry_miss", value).router().entryMiss());
    }

    @ParameterizedTest(name = "retry_exhaust={0}")
    @CsvSource({"skip, SKIP", "market, MARKET"})
    void acceptsEveryExhaustAction(final String value, final RetryExhaustAction expected) {
        assertEquals(expected, load("router.retry_exhaust", value).router().retryExhaust());
    }

    @ParameterizedTest(name = "{0}={1} refused")
    @CsvSource({
        "router.entry_ttl_ms, 8s",
        "router.entry_ttl_ms, 8000.5",
        "router.exit_ttl_ms, ''",
        "router.entry_retries, one",
        "router.offset_ticks, 1.0",
        "router.max_spread_bps, wide",
        "router.max_spread_bps, 0.000000001",
        "router.post_only, 1",
        "router.post_only, yes",
    })
    void refusesMalformedValuesNamingTheKey(final String key, final String value) {
        final ConfigException e = assertThrows(ConfigException.class, () -> load(key, value));
        assertEquals(key, e.key());
        assertTrue(e.getMessage().startsWith(key + ": "), e.getMessage());
    }

    @ParameterizedTest(name = "post_only={0}")
    @CsvSource({"true, true", "FALSE, false"})
    void readsPostOnly(final String value, final boolean expected) {
        assertEquals(expected, load("router.post_only", value).router().postOnly());
    }

    @Test
    void readsTickOverridesUnderNormalisedSymbols() {
        final RouterSettings s =
            load("router.tick_overrides", "btc-usdt:0.5, ETH_USDT : 0.01,PEPEUSDT:0.00000001").router();
        assertEquals(Map.of("BTCUSDT", 50_000_000L, "ETHUSDT", 1_000_000L, "PEPEUSDT", 1L), s.tickOverrides());
    }

    @ParameterizedTest(name = "tick_overrides=''{0}'' refused")
    @ValueSource(strings = {
        "BTCUSDT", ":0.1", "BTCUSDT:", "BTCUSDT:0", "BTCUSDT:-0.1", "BTCUSDT:abc", "BTCUSDT:0.000000001",
        "BTCUSDT:0.1,BTC-USDT:0.2", "BTCUSDT:0.1,", ",BTCUSDT:0.1",
    })
    void refusesMalformedTickOverridesNamingTheKey(final String value) {
        final ConfigException e = assertThrows(ConfigException.class, () -> load("router.tick_overrides", value));
        assertEquals("router.tick_overrides", e.key());
    }

    @Test
    void environmentOverridesRouterKeys() {
        final ReckonConfig config = ConfigLoader.fromMap(Map.of("router.style", "maker_entry"),
            Map.of("RECKON_ROUTER_STYLE", "maker_both", "RECKON_ROUTER_ENTRY_MISS", "retry"));
        assertEquals(RouterStyle.MAKER_BOTH, config.router().style());
        assertEquals(EntryMissPolicy.RETRY, config.router().entryMiss());
    }

    @Test
    void refusesAMisspelledRouterKey() {
        final ConfigException e = assertThrows(ConfigException.class, () -> load("router.entry_ttl", "8000"));
        assertEquals("router.entry_ttl", e.key());
    }

    static Stream<Arguments> invalidRecords() {
        final RouterSettings d = RouterSettings.defaults();
        return Stream.of(
            Arguments.of("entryTtlMs", (Runnable) () -> new RouterSettings(d.style(), 499, d.exitTtlMs(),
                d.entryMiss(), d.entryRetries(), d.retryExhaust(), d.offsetTicks(), d.maxSpreadBps(), true, Map.of())),
            Arguments.of("exitTtlMs", (Runnable) () -> new RouterSettings(d.style(), d.entryTtlMs(), 300_001,
                d.entryMiss(), d.entryRetries(), d.retryExhaust(), d.offsetTicks(), d.maxSpreadBps(), true, Map.of())),
            Arguments.of("entryRetries", (Runnable) () -> new RouterSettings(d.style(), d.entryTtlMs(), d.exitTtlMs(),
                d.entryMiss(), 11, d.retryExhaust(), d.offsetTicks(), d.maxSpreadBps(), true, Map.of())),
            Arguments.of("offsetTicks", (Runnable) () -> new RouterSettings(d.style(), d.entryTtlMs(), d.exitTtlMs(),
                d.entryMiss(), d.entryRetries(), d.retryExhaust(), -1, d.maxSpreadBps(), true, Map.of())),
            Arguments.of("maxSpreadBps", (Runnable) () -> new RouterSettings(d.style(), d.entryTtlMs(), d.exitTtlMs(),
                d.entryMiss(), d.entryRetries(), d.retryExhaust(), d.offsetTicks(), -1, true, Map.of())),
            Arguments.of("style", (Runnable) () -> new RouterSettings(null, d.entryTtlMs(), d.exitTtlMs(),
                d.entryMiss(), d.entryRetries(), d.retryExhaust(), d.offsetTicks(), d.maxSpreadBps(), true, Map.of())),
            Arguments.of("tickOverrides", (Runnable) () -> new RouterSettings(d.style(), d.entryTtlMs(), d.exitTtlMs(),
                d.entryMiss(), d.entryRetries(), d.retryExhaust(), d.offsetTicks(), d.maxSpreadBps(), true,
                Map.of("BTCUSDT", 0L))),
            Arguments.of("tickOverrides", (Runnable) () -> new RouterSettings(d.style(), d.entryTtlMs(), d.exitTtlMs(),
                d.entryMiss(), d.entryRetries(), d.retryExhaust(), d.offsetTicks(), d.maxSpreadBps(), true,
                Map.of("BTCUSDT", 1L, "btc-usdt", 2L))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRecords")
    void recordRefusesValuesOutsideTheRangesNamingTheField(final String field, final Runnable build) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"btc-usdt, BTCUSDT", "BTC_USDT, BTCUSDT", "eth/usdt, ETHUSDT", "' SOLUSDT ', SOLUSDT"})
    void normalisesSymbols(final String raw, final String expected) {
        assertEquals(expected, RouterSettings.normaliseSymbol(raw));
    }

    @ParameterizedTest(name = "{0}: entry={1} exit={2}")
    @CsvSource({"TAKER, false, false", "MAKER_ENTRY, true, false", "MAKER_EXIT, false, true",
        "MAKER_BOTH, true, true"})
    void styleSaysWhichLegsQuote(final RouterStyle style, final boolean entry, final boolean exit) {
        assertEquals(entry, style.makerEntry());
        assertEquals(exit, style.makerExit());
    }
}
