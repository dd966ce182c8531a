package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimConfigTest {
    @Test
    void defaultsAreTheDocumentedOnes() {
        final SimConfig c = SimConfig.defaults();
        assertEquals(Duration.ofMinutes(60), c.listenKeyTtl());
        assertEquals(Duration.ofSeconds(5), c.pingInterval());
        assertEquals(5_000, c.defaultRecvWindowMs());
        assertEquals(0, new BigDecimal("0.0005").compareTo(c.takerFeeRate()));
        assertEquals(0, new BigDecimal("0.0002").compareTo(c.makerFeeRate()));
        assertEquals(109_429, c.rateLimitCode());
        assertEquals(3, c.symbols().size());
        assertNull(c.symbol("XRP-USDT"));
    }

    static Stream<Arguments> invalid() {
        final SimSymbol btc = SimConfig.defaults().symbols().get(0);
        return Stream.of(
                Arguments.of("no symbols", (Consumer<SimConfig.Builder>) b -> b.symbols(List.of())),
                Arguments.of("duplicate symbols", (Consumer<SimConfig.Builder>) b -> b.symbols(List.of(btc, btc))),
                Arguments.of("negative wallet",
                        (Consumer<SimConfig.Builder>) b -> b.initialWallet(new BigDecimal("-1"))),
                Arguments.of("leverage 0", (Consumer<SimConfig.Builder>) b -> b.defaultLeverage(0)),
                Arguments.of("recvWindow above 60 s", (Consumer<SimConfig.Builder>) b -> b.defaultRecvWindowMs(60_001)),
                Arguments.of("zero TTL", (Consumer<SimConfig.Builder>) b -> b.listenKeyTtl(Duration.ZERO)),
                Arguments.of("zero pongs", (Consumer<SimConfig.Builder>) b -> b.maxMissedPongs(0)),
                Arguments.of("negative tick", (Consumer<SimConfig.Builder>) b -> b.tickInterval(Duration.ofMillis(-1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void refusesAnInvalidConfiguration(final String name, final Consumer<SimConfig.Builder> change) {
        final SimConfig.Builder b = SimConfig.builder();
        change.accept(b);
        assertThrows(IllegalArgumentException.class, b::build);
    }

    @Test
    void refusesAContractOffItsOwnGrid() {
        assertThrows(IllegalArgumentException.class, () -> new SimSymbol("BTC-USDT", 4, 1, new BigDecimal("0.0001"),
                new BigDecimal("60000.05"), 10, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new SimSymbol("BTCUSDT", 4, 1, new BigDecimal("0.0001"),
                new BigDecimal("60000.0"), 10, BigDecimal.ZERO));
    }
}
