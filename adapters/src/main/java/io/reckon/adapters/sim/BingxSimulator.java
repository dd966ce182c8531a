package io.reckon.adapters.sim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded BingX USDT-M perpetual venue on loopback: the real BingX protocol (signed REST over HTTP, the
 * gzip-binary user stream over WebSocket with listen keys and the {@code Ping}/{@code Pong} heartbeat), a
 * ground-truth account kept exactly in {@link BigDecimal}, seeded price paths, a scripted session and fault
 * injection. The kernel's BingX adapter connects to it exactly as to BingX VST; tests read the credentials from
 * {@link #apiKey()} and {@link #secret()}.
 *
 * <p>Threads: the JDK HTTP server's dispatcher, the WebSocket server's selector and one decoder, and one scheduler
 * thread for heartbeats, listen-key expiry, automatic ticks, the session script and the write watchdog. All of
 * them sleep when idle.
 *
 * <p>The simulator is the peer the kernel is tested against, not part of the kernel's hot path: it favours
 * exactness and clarity over allocation, building a string and a gzip buffer for every frame and every body.
 */
public final class BingxSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BingxSimulator.class);
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SimConfig config;
    private final String apiKey;
    private final String secret;
    private final ScheduledExecutorService scheduler;
    private final ListenKeyRegistry listenKeys;
    private final UserStreamServer stream;
    private final SimVenue venue;
    private final HttpServer http;
    private final FaultInjector faults;
    private final SessionScript session;

    private BingxSimulator(final SimConfig config) throws IOException, InterruptedException {
        this.config = config;
        final SecureRandom random = new SecureRandom();
        this.apiKey = randomText(random, 64);
        this.secret = randomText(random, 80);
        final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            final Thread t = new Thread(r, "bingx-sim-scheduler");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.scheduler = executor;
        this.listenKeys = new ListenKeyRegistry(config.clock(), config.listenKeyTtl());
        final FaultCounters counters = new FaultCounters(config.rateLimitCode());
        this.stream = new UserStreamServer(listenKeys, counters, scheduler, config.clock(), config.maxMissedPongs());
        this.venue = new SimVenue(config, stream, counters);
        this.faults = new FaultInjector(counters, stream, listenKeys, config.rateLimitCode());
        this.session = new SessionScript(venue, config, scheduler);
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", new RestApi(venue, listenKeys, stream,
                new RequestVerifier(apiKey, secret, config.clock(), config.defaultRecvWindowMs()), counters, config));
        http.setExecutor(null);
    }

    /**
     * Binds REST and WebSocket to ephemeral loopback ports, starts the heartbeat, expiry sweep and (when
     * configured) automatic ticks, and returns the running simulator.
     */
    public static BingxSimulator start(final SimConfig config) {
        final BingxSimulator sim;
        try {
            sim = new BingxSimulator(config);
            sim.stream.startAndAwait();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot bind the simulator", e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the simulator", e);
        }
        sim.http.start();
        sim.scheduleHousekeeping();
        LOG.info("bingx simulator: REST {} WS {}", sim.restBaseUrl(), sim.wsBaseUrl());
        return sim;
    }

    private void scheduleHousekeeping() {
        final long ping = config.pingInterval().toNanos();
        // Fixed delay, not fixed rate: after a stall a fixed-rate timer fires several Pings back to back and closes a
        // client that answers each one promptly.
        scheduler.scheduleWithFixedDelay(stream::heartbeat, ping, ping, TimeUnit.NANOSECONDS);
        final long sweep = config.housekeepingInterval().toNanos();
        scheduler.scheduleAtFixedRate(this::expireListenKeys, sweep, sweep, TimeUnit.NANOSECONDS);
        if (!config.tickInterval().isZero()) {
            final long tick = config.tickInterval().toNanos();
            scheduler.scheduleAtFixedRate(venue::tick, tick, tick, TimeUnit.NANOSECONDS);
        }
    }

    private void expireListenKeys() {
        for (final String key : listenKeys.sweepExpired()) {
            stream.listenKeyExpired(key);
        }
    }

    private static String randomText(final SecureRandom random, final int length) {
        final StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    /** {@code http://127.0.0.1:PORT}, the REST base URL. */
    public String restBaseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** {@code ws://127.0.0.1:PORT/swap-market}; append {@code ?listenKey=K}. */
    public String wsBaseUrl() {
        return "ws://127.0.0.1:" + stream.getPort() + UserStreamServer.PATH;
    }

    /** The API key of this instance (generated at start). */
    public String apiKey() {
        return apiKey;
    }

    /** The API secret of this instance (generated at start). Never log it. */
    public String secret() {
        return secret;
    }

    /** The configuration the simulator runs with. */
    public SimConfig config() {
        return config;
    }

    /** An atomic, read-only snapshot of the ground-truth account. */
    public AccountSnapshot account() {
        return venue.snapshot();
    }

    /** Fault injection. */
    public FaultInjector faults() {
        return faults;
    }

    /** The seeded session this simulator plays when asked. */
    public SessionScript session() {
        return session;
    }

    /** Advances every price path one step and fills the resting limit orders it reaches. */
    public void tick() {
        venue.tick();
    }

    /** The current price of a listed symbol. */
    public BigDecimal price(final String symbol) {
        return venue.price(symbol);
    }

    /** Settles the symbol's configured funding rate on its open positions; returns the total paid. */
    public BigDecimal settleFunding(final String symbol) {
        final SimSymbol s = config.symbol(symbol);
        if (s == null) {
            throw new IllegalArgumentException("symbol not listed: " + symbol);
        }
        return venue.settleFunding(symbol, s.fundingRate());
    }

    /** Settles funding at an explicit rate; returns the total paid (negative = received). */
    public BigDecimal settleFunding(final String symbol, final BigDecimal rate) {
        return venue.settleFunding(symbol, rate);
    }

    /** Deposits (positive) or withdraws (negative) USDT, announced as DEPOSIT or WITHDRAW. */
    public void transfer(final BigDecimal amount) {
        venue.transfer(amount);
    }

    /** Number of user-stream sockets currently receiving data frames. */
    public int liveSockets() {
        return stream.liveSockets();
    }

    /** Stops the scheduler, the REST server and the WebSocket server. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        http.stop(0);
        try {
            stream.stop(1_000);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            scheduler.awaitTermination(1, TimeUnit.SECONDS);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("bingx simulator: stopped");
    }
}
