package io.reckon.adapters.runtime;

import io.reckon.adapters.bingx.rest.BingxSigner;
import io.reckon.adapters.sim.AccountSnapshot;
import io.reckon.adapters.sim.BingxSimulator;
import io.reckon.adapters.sim.HedgeSide;
import io.reckon.adapters.sim.PositionView;
import io.reckon.adapters.sim.SimConfig;
import io.reckon.engine.ledger.PositionBook;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.snapshot.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The kernel against the embedded BingX simulator over loopback, through the production wiring ({@link LiveSession}:
 * user stream, gap repair, ring, BingX codec, Chronicle journal, kernel stages): frames are dropped while the venue
 * fills orders and settles funding, a reconnect runs the REST catch-up, and K must then equal the venue's wallet to
 * the last 1e-8 unit. The journal is replayed afterwards and must give the same snapshots and state hash.
 */
class CatchUpIntegrationTest {
    private static final long WAIT_MS = 15_000;
    private static final String BTC = "BTC-USDT";
    private static final String ETH = "ETH-USDT";

    private final HttpClient http = HttpClient.newHttpClient();
    private SimulatedSession s;
    private BingxSimulator sim;
    private BingxSigner signer;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    /**
     * @param seed            the simulator's seed; it decides how a market order splits into trades
     * @param lostMiddleTrade whether with this seed the order that loses its first two frames has more trades
     *                        (its later frames carry the cumulative quantity, so only the lost trade's fee and
     *                        realized PnL are missing) or a single one (the order history books the whole fill)
     */
    @ParameterizedTest(name = "seed {0}, lost middle trade {1}")
    @CsvSource({"1, false", "2, true"})
    void fillsAndFundingDroppedWhileBlindAreBookedOnReconnectAndKEqualsTheWalletExactly(
        final long seed, final boolean lostMiddleTrade) throws Exception {
        s = new SimulatedSession(SimConfig.builder().seed(seed).pingInterval(Duration.ofMillis(200))
            .maxMissedPongs(50).housekeepingInterval(Duration.ofMillis(100)).build(), dir.resolve("j"),
            Map.of("ring.size", "256", "stream.reconnect_initial_ms", "50", "stream.reconnect_max_ms", "400"));
        sim = s.sim;
        signer = new BingxSigner(sim.secret());
        awaitKernel(k -> k.count(EventKind.INCOME_CATCH_UP) >= 2 && k.seeded, "the first gap repair (funding and"
            + " transfer income)");
        awaitTrue(() -> sim.liveSockets() == 1, "the first socket");

        // healthy: every frame arrives
        limit(BTC, "BUY", "LONG", "0.0100");
        market(ETH, "SELL", "SHORT", "0.37");
        sim.settleFunding(BTC);
        sim.settleFunding(ETH);
        awaitWallet();

        // a middle trade lost: NEW and the first TRADE are dropped, later frames of the order arrive
        sim.faults().dropNextFrames(2);
        final long mixed = market(BTC, "BUY", "LONG", "0.0150");
        awaitWallet();

        // blind: a funding settlement and two orders whose every frame is dropped (3 + 1 + 3)
        sim.faults().dropNextFrames(7);
        limit(ETH, "SELL", "SHORT", "0.20");
        sim.settleFunding(BTC);
        limit(BTC, "SELL", "LONG", "0.0120");
        assertNotEquals(fp(sim.account().wallet()), snapshot().capital, "K cannot know what it did not see");

        sim.faults().disconnectAll();
        awaitKernel(k -> k.count(EventKind.INCOME_CATCH_UP) >= 4, "the gap repair after the reconnect");

        final AccountSnapshot venue = sim.account();
        final Snapshot k = snapshot();
        assertEquals(List.of(), BooksCheck.differences(venue, k), "K against the simulator's account");
        assertEquals(fp(venue.wallet()), k.capital, "K capital equals the venue's wallet exactly");
        assertEquals(fp(venue.realizedPnl()), k.realized);
        assertEquals(k.wallet, k.capital, "E agrees");
        assertEquals(1, k.catchUpFunding, "the blind funding came from the income history");
        final long mixedTrades = venue.fills().stream().filter(f -> f.orderId() == mixed).count();
        assertEquals(lostMiddleTrade, mixedTrades > 1, "the seed no longer splits the order as this case needs");
        assertEquals(lostMiddleTrade ? 2 : 3, k.catchUpFills, "the blind orders (and a lost only trade)");
        assertEquals(lostMiddleTrade ? 1 : 0, k.catchUpAdjustments, "the lost middle trade's fee and realized");

        s.session.close();
        positionsMatch(venue);
        final List<String> live = s.liveSnapshotsAsJson();
        final SimulatedSession.Replayed replay = s.replay();
        assertTrue(replay.result().verified(), "state-hash checkpoints match: " + replay.result());
        assertTrue(replay.result().hashesChecked() > 0);
        assertEquals(live, replay.snapshots(), "the journal replays to the same snapshots");
        assertEquals(s.liveStateHash(), replay.stateHash());
    }

    /** K's book (read once the consumer has stopped) holds the venue's positions. */
    private void positionsMatch(final AccountSnapshot venue) {
        final KernelAssembly kernel = s.session.kernel();
        final PositionBook book = kernel.stages().ledger().kBook();
        for (final PositionView p : venue.positions()) {
            final int symbol = kernel.symbols().intern(p.symbol());
            final int side = p.side() == HedgeSide.LONG ? PositionBook.LONG : PositionBook.SHORT;
            assertEquals(fp(p.size()), book.size(PositionBook.slot(symbol, side)), p.symbol() + " " + p.side());
        }
    }

    // ---- venue actions over signed REST

    /** A LIMIT order priced through the market: one taker fill at the path price, so exactly three frames. */
    private void limit(final String symbol, final String side, final String positionSide, final String qty) {
        final BigDecimal mark = sim.price(symbol);
        final boolean buy = "BUY".equals(side);
        final int scale = sim.config().symbol(symbol).pricePrecision();
        final BigDecimal price = buy ? mark.multiply(new BigDecimal("1.01")).setScale(scale, RoundingMode.UP)
            : mark.multiply(new BigDecimal("0.99")).setScale(scale, RoundingMode.DOWN);
        order("symbol", symbol, "side", side, "positionSide", positionSide, "type", "LIMIT", "quantity", qty,
            "price", price.toPlainString());
    }

    private long market(final String symbol, final String side, final String positionSide, final String qty) {
        return order("symbol", symbol, "side", side, "positionSide", positionSide, "type", "MARKET", "quantity", qty);
    }

    /** Places an order and returns its id; fails the test unless the venue filled it. */
    private long order(final String... kv) {
        final StringBuilder q = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            q.append(i == 0 ? "" : "&").append(kv[i]).append('=').append(kv[i + 1]);
        }
        q.append("&timestamp=").append(System.currentTimeMillis());
        final String query = q + "&signature=" + signer.sign(q.toString());
        final HttpRequest request = HttpRequest.newBuilder(URI.create(sim.restBaseUrl()
                + "/openApi/swap/v2/trade/order?" + query))
            .header("X-BX-APIKEY", sim.apiKey()).timeout(Duration.ofSeconds(5))
            .method("POST", HttpRequest.BodyPublishers.noBody()).build();
        final String body;
        try {
            body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new AssertionError("order request failed", e);
        }
        assertTrue(body.contains("\"code\":0") && body.contains("\"status\":\"FILLED\""), body);
        final int at = body.indexOf("\"orderId\":") + "\"orderId\":".length();
        int end = at;
        while (Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Long.parseLong(body.substring(at, end));
    }

    // ---- waiting on the kernel, never on time alone

    private Snapshot snapshot() {
        final Snapshot snapshot = new Snapshot();
        s.session.latest(snapshot);
        return snapshot;
    }

    private void awaitKernel(final Predicate<Snapshot> condition, final String what) throws InterruptedException {
        final long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (condition.test(snapshot())) {
                return;
            }
            Thread.sleep(10);
        }
        fail("timed out waiting for " + what);
    }

    /** Until the kernel has seen the venue's latest wallet on the stream (the last frame of an action). */
    private void awaitWallet() throws InterruptedException {
        final long wallet = fp(sim.account().wallet());
        awaitKernel(k -> k.hasWallet && k.wallet == wallet, "the wallet " + FixedPoint.toPlainString(wallet));
    }

    private void awaitTrue(final BooleanSupplier condition, final String what)
        throws InterruptedException {
        final long deadline = System.currentTimeMillis() + WAIT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    private static long fp(final BigDecimal v) {
        return FixedPoint.parse(v.setScale(8, RoundingMode.UNNECESSARY).toPlainString());
    }
}
