package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One perpetual contract the simulator lists: its precisions (as {@code /openApi/swap/v2/quote/contracts} reports
 * them), where its seeded price path starts and how far it may move per tick, and the funding rate the session
 * script settles.
 *
 * @param symbol            hyphenated BingX symbol, e.g. {@code BTC-USDT}
 * @param quantityPrecision decimals of an order quantity
 * @param pricePrecision    decimals of a price; the price path moves in steps of one such unit
 * @param tradeMinQuantity  smallest order quantity
 * @param startPrice        first price of the path
 * @param maxTicksPerStep   largest move of one {@code tick()}, in price units
 * @param fundingRate       funding rate per settlement used by the session script
 */
public record SimSymbol(String symbol, int quantityPrecision, int pricePrecision, BigDecimal tradeMinQuantity,
                        BigDecimal startPrice, int maxTicksPerStep, BigDecimal fundingRate) {

    /** Validates the contract. */
    public SimSymbol {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(tradeMinQuantity, "tradeMinQuantity");
        Objects.requireNonNull(startPrice, "startPrice");
        Objects.requireNonNull(fundingRate, "fundingRate");
        if (!symbol.matches("[A-Z0-9]+-[A-Z]+")) {
            throw new IllegalArgumentException("symbol must look like BTC-USDT: " + symbol);
        }
        if (quantityPrecision < 0 || quantityPrecision > 8 || pricePrecision < 0 || pricePrecision > 8) {
            throw new IllegalArgumentException("precisions must be 0..8 for " + symbol);
        }
        if (startPrice.signum() <= 0 || startPrice.scale() > pricePrecision) {
            throw new IllegalArgumentException("startPrice must be positive with at most " + pricePrecision
                    + " decimals for " + symbol);
        }
        if (tradeMinQuantity.signum() <= 0 || tradeMinQuantity.stripTrailingZeros().scale() > quantityPrecision) {
            throw new IllegalArgumentException("tradeMinQuantity must be positive on the quantity grid for " + symbol);
        }
        if (maxTicksPerStep < 1) {
            throw new IllegalArgumentException("maxTicksPerStep must be at least 1 for " + symbol);
        }
    }

    /** Smallest price increment, {@code 10^-pricePrecision}. */
    public BigDecimal tickSize() {
        return BigDecimal.ONE.movePointLeft(pricePrecision);
    }

    /** Smallest quantity increment, {@code 10^-quantityPrecision}. */
    public BigDecimal stepSize() {
        return BigDecimal.ONE.movePointLeft(quantityPrecision);
    }
}
