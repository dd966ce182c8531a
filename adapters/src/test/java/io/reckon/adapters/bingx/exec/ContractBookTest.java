package io.reckon.adapters.bingx.exec;

import io.reckon.engine.num.FixedPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quantity and price are quantized DOWN to the contract's step and tick; unlisted symbols get ContractSpec's fallbacks. */
class ContractBookTest {
    private static final String CONTRACTS = """
        {"code":0,"msg":"","data":[
         {"contractId":"100","symbol":"BTC-USDT","quantityPrecision":4,"pricePrecision":1,"takerFeeRate":0.0005,
          "makerFeeRate":0.0002,"tradeMinQuantity":0.0001,"tradeMinUSDT":2,"currency":"USDT","asset":"BTC"},
         {"contractId":"101","symbol":"SOL-USDT","quantityPrecision":1,"pricePrecision":2,"takerFeeRate":"0.0005",
          "makerFeeRate":"0.0002","tradeMinQuantity":0.1},
         {"contractId":"102","symbol":"DOGE-USDT","quantityPrecision":0,"pricePrecision":5},
         {"contractId":"103","pricePrecision":2},
         {"contractId":"104","symbol":"BAD-USDT","quantityPrecision":12,"pricePrecision":2}
        ]}""";

    private final ContractBook book = ContractBook.parse(CONTRACTS.getBytes(StandardCharsets.UTF_8));

    @ParameterizedTest(name = "{0} qty {1} -> {2}")
    @CsvSource({
        "BTC-USDT, 0.01509999, 0.015",
        "BTC-USDT, 0.0150, 0.015",
        "BTC-USDT, 0.00009999, 0",
        "BTC-USDT, 0.0001, 0.0001",
        "SOL-USDT, 12.39, 12.3",
        "SOL-USDT, 0.09, 0",
        "DOGE-USDT, 1234.99, 1234",
        "DOGE-USDT, 0.5, 0",
        "XRP-USDT, 1.23456, 1.234",
        "XRP-USDT, 0.0009, 0"})
    void quantityRoundsDownToTheStepAndBelowTheMinimumToNothing(final String symbol, final String qty,
                                                                final String expected) {
        assertEquals(FixedPoint.parse(expected), book.spec(symbol).quantity(FixedPoint.parse(qty)));
    }

    @ParameterizedTest(name = "{0} price {1} -> {2}")
    @CsvSource({
        "BTC-USDT, 60000.19, 60000.1",
        "BTC-USDT, 59999.9, 59999.9",
        "SOL-USDT, 150.239, 150.23",
        "DOGE-USDT, 0.123456789, 0.12345",
        "XRP-USDT, 0.56789, 0.56",
        "XRP-USDT, 0.009, 0"})
    void priceRoundsDownToTheTick(final String symbol, final String price, final String expected) {
        assertEquals(FixedPoint.parse(expected), book.spec(symbol).price(FixedPoint.parse(price)));
    }

    @Test
    void feeRatesComeFromTheListAsNumbersOrStringsAndDefaultToTheSeedsEstimates() {
        assertEquals(FixedPoint.parse("0.0005"), book.spec("BTC-USDT").takerFeeRate());
        assertEquals(FixedPoint.parse("0.0002"), book.spec("SOL-USDT").makerFeeRate());
        assertEquals(ContractSpec.FALLBACK_TAKER_RATE, book.spec("DOGE-USDT").takerFeeRate());
        assertEquals(FixedPoint.parse("0.0004"), ContractSpec.FALLBACK_TAKER_RATE);
        assertEquals(FixedPoint.parse("0.0002"), ContractSpec.FALLBACK_MAKER_RATE);
    }

    @Test
    void rowsWithoutSymbolOrWithAnImpossiblePrecisionAreSkippedAndFallBack() {
        assertEquals(3, book.size());
        assertFalse(book.spec("BAD-USDT").fromVenue());
        assertEquals(FixedPoint.parse("0.001"), book.spec("BAD-USDT").stepSize());
        assertEquals(FixedPoint.parse("0.01"), book.spec("BAD-USDT").tickSize());
        assertTrue(book.spec("BTC-USDT").fromVenue());
    }

    @Test
    void anUnreadableListLeavesEverySymbolOnTheFallbacks() {
        final ContractBook empty = ContractBook.parse("<html>".getBytes(StandardCharsets.US_ASCII));
        assertEquals(0, empty.size());
        assertEquals(FixedPoint.parse("0.001"), empty.spec("BTC-USDT").stepSize());
    }
}
