package io.reckon.engine.router;

import static io.reckon.engine.router.RouterFixtures.px;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickSizesTest {
    private final TickSizes ticks = new TickSizes(Map.of("BTCUSDT", px("0.5"), "PEPEUSDT", px("0.0000001")));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ETHUSDT, 0.01", "AAVEUSDT, 0.01", "SOLUSDT, 0.001", "XRPUSDT, 0.0001", "DOGEUSDT, 0.00001",
        "YFIUSDT, 0.01", "XAUTUSDT, 0.1", "ADAUSDT, 0.0001", "TRXUSDT, 0.00001", "ALGOUSDT, 0.0001",
        "SHIBUSDT, 0.00000001", "eth-usdt, 0.01", "SOL_USDT, 0.001",
    })
    void knowsTheBuiltInTicks(final String symbol, final String tick) {
        assertEquals(px(tick), ticks.configured(symbol));
        assertEquals(px(tick), ticks.effective(symbol, px("123.45")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"BTCUSDT, 0.5", "btc-usdt, 0.5", "PEPEUSDT, 0.0000001"})
    void configuredOverridesWinOverTheBuiltInTable(final String symbol, final String tick) {
        assertEquals(px(tick), ticks.configured(symbol));
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
        "FOOUSDT, 200, 0.002",
        "FOOUSDT, 1, 0.00001",
        "FOOUSDT, 0.001, 0.00000001",
        "FOOUSDT, 0.00001, 0.00000001",
        "'', 50, 0.0005",
    })
    void unknownSymbolsFallBackToOneHundredThousandthOfThePriceButAtLeastOneUnit(
        final String symbol, final String reference, final String tick) {
        assertEquals(0, ticks.configured(symbol));
        assertEquals(px(tick), ticks.effective(symbol, px(reference)));
    }
}
