package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link BingxSimulator} needs to start: the seed of every random choice it makes (price paths,
 * partial-fill splits, the session script), the contracts it lists, the account it starts with, fee rates, the
 * listen-key and heartbeat timings, and the clock it stamps events and checks request timestamps against.
 *
 * <p>Build one with {@link #builder()}; {@link #defaults()} is the demo configuration.
 *
 * @param seed                 seed of every {@link java.util.Random} in the simulator
 * @param symbols              listed contracts, in the order REST reports them
 * @param initialWallet        USDT wallet balance at start
 * @param takerFeeRate         fee rate of a fill that takes liquidity (market orders, crossing limits)
 * @param makerFeeRate         fee rate of a resting limit order's fill
 * @param defaultLeverage      leverage of every symbol and side until changed
 * @param defaultRecvWindowMs  {@code recvWindow} assumed when a request sends none
 * @param listenKeyTtl         lifetime of a listen key after create or extend
 * @param pingInterval         period of the {@code Ping} heartbeat on each socket
 * @param maxMissedPongs       unanswered pings after which a socket is closed
 * @param tickInterval         period of the automatic price tick; {@link Duration#ZERO} means ticks are manual
 * @param housekeepingInterval period of the listen-key expiry sweep
 * @param scriptStepDelay      pause between steps when the session script plays on its own
 * @param rateLimitCode        business code of an injected rate-limit error (109429 now, 100410 before 2025-10)
 * @param clock                source of event times and of "now" for timestamp and expiry checks
 */
public record SimConfig(long seed, List<SimSymbol> symbols, BigDecimal initialWallet, BigDecimal takerFeeRate,
                        BigDecimal makerFeeRate, int defaultLeverage, long defaultRecvWindowMs,
                        Duration listenKeyTtl, Duration pingInterval, int maxMissedPongs, Duration tickInterval,
                        Duration housekeepingInterval, Duration scriptStepDelay, int rateLimitCode,
                        InstantSource clock) {

    /** Validates the configuration and takes an immutable copy of the symbol list. */
    public SimConfig {
        symbols = List.copyOf(symbols);
        Objects.requireNonNull(initialWallet, "initialWallet");
        Objects.requireNonNull(takerFeeRate, "takerFeeRate");
        Objects.requireNonNull(makerFeeRate, "makerFeeRate");
        Objects.requireNonNull(listenKeyTtl, "listenKeyTtl");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(tickInterval, "tickInterval");
        Objects.requireNonNull(housekeepingInterval, "housekeepingInterval");
        Objects.requireNonNull(scriptStepDelay, "scriptStepDelay");
        Objects.requireNonNull(clock, "clock");
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("at least one symbol is required");
        }
        if (symbols.stream().map(SimSymbol::symbol).distinct().count() != symbols.size()) {
            throw new IllegalArgumentException("symbols must be distinct");
        }
        if (initialWallet.signum() < 0 || takerFeeRate.signum() < 0 || makerFeeRate.signum() < 0) {
            throw new IllegalArgumentException("wallet and fee rates must not be negative");
        }
        if (defaultLeverage < 1 || defaultLeverage > 125) {
            throw new IllegalArgumentException("defaultLeverage must be 1..125");
        }
        if (defaultRecvWindowMs < 1 || defaultRecvWindowMs > 60_000) {
            throw new IllegalArgumentException("defaultRecvWindowMs must be 1..60000");
        }
        if (!isPositive(listenKeyTtl) || !isPositive(pingInterval) || !isPositive(housekeepingInterval)) {
            throw new IllegalArgumentException("listenKeyTtl, pingInterval and housekeepingInterval must be positive");
        }
        if (tickInterval.isNegative() || scriptStepDelay.isNegative()) {
            throw new IllegalArgumentException("tickInterval and scriptStepDelay must not be negative");
        }
        if (maxMissedPongs < 1) {
            throw new IllegalArgumentException("maxMissedPongs must be at least 1");
        }
    }

    private static boolean isPositive(final Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    /** The demo configuration: three contracts, 10 000 USDT, BingX's standard fee rates, manual ticks. */
    public static SimConfig defaults() {
        return builder().build();
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The listed contract of that name, or {@code null}. */
    public SimSymbol symbol(final String name) {
        for (final SimSymbol s : symbols) {
            if (s.symbol().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** Mutable builder of a {@link SimConfig}; every setter returns the builder. */
    public static final class Builder {
        private long seed = 20_260_601L;
        private List<SimSymbol> symbols = List.of(
                new SimSymbol("BTC-USDT", 4, 1, new BigDecimal("0.0001"), new BigDecimal("60000.0"), 60,
                        new BigDecimal("0.0001")),
                new SimSymbol("ETH-USDT", 2, 2, new BigDecimal("0.01"), new BigDecimal("3000.00"), 40,
                        new BigDecimal("0.0001")),
                new SimSymbol("SOL-USDT", 1, 2, new BigDecimal("0.1"), new BigDecimal("150.00"), 5,
                        new BigDecimal("-0.00005")));
        private BigDecimal initialWallet = new BigDecimal("10000");
        private BigDecimal takerFeeRate = new BigDecimal("0.0005");
        private BigDecimal makerFeeRate = new BigDecimal("0.0002");
        private int defaultLeverage = 10;
        private long defaultRecvWindowMs = 5_000;
        private Duration listenKeyTtl = Duration.ofMinutes(60);
        private Duration pingInterval = Duration.ofSeconds(5);
        private int maxMissedPongs = 2;
        private Duration tickInterval = Duration.ZERO;
        private Duration housekeepingInterval = Duration.ofSeconds(1);
        private Duration scriptStepDelay = Duration.ofMillis(100);
        private int rateLimitCode = 109_429;
        private InstantSource clock = InstantSource.system();

        private Builder() {
        }

        public Builder seed(final long v) {
            seed = v;
            return this;
        }

        public Builder symbols(final List<SimSymbol> v) {
            symbols = v;
            return this;
        }

        public Builder initialWallet(final BigDecimal v) {
            initialWallet = v;
            return this;
        }

        public Builder takerFeeRate(final BigDecimal v) {
            takerFeeRate = v;
            return this;
        }

        public Builder makerFeeRate(final BigDecimal v) {
            makerFeeRate = v;
            return this;
        }

        public Builder defaultLeverage(final int v) {
            defaultLeverage = v;
            return this;
        }

        public Builder defaultRecvWindowMs(final long v) {
            defaultRecvWindowMs = v;
            return this;
        }

        public Builder listenKeyTtl(final Duration v) {
            listenKeyTtl = v;
            return this;
        }

        public Builder pingInterval(final Duration v) {
            pingInterval = v;
            return this;
        }

        public Builder maxMissedPongs(final int v) {
            maxMissedPongs = v;
            return this;
        }

        public Builder tickInterval(final Duration v) {
            tickInterval = v;
            return this;
        }

        public Builder housekeepingInterval(final Duration v) {
            housekeepingInterval = v;
            return this;
        }

        public Builder scriptStepDelay(final Duration v) {
            scriptStepDelay = v;
            return this;
        }

        public Builder rateLimitCode(final int v) {
            rateLimitCode = v;
            return this;
        }

        public Builder clock(final InstantSource v) {
            clock = v;
            return this;
        }

        /** Validates and builds the configuration. */
        public SimConfig build() {
            return new SimConfig(seed, symbols, initialWallet, takerFeeRate, makerFeeRate, defaultLeverage,
                    defaultRecvWindowMs, listenKeyTtl, pingInterval, maxMissedPongs, tickInterval,
                    housekeepingInterval, scriptStepDelay, rateLimitCode, clock);
        }
    }
}
