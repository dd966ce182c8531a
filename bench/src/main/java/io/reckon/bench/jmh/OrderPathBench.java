package io.reckon.bench.jmh;

import io.reckon.adapters.bingx.exec.ContractBook;
import io.reckon.adapters.bingx.exec.ContractSpec;
import io.reckon.adapters.bingx.exec.OrderParams;
import io.reckon.adapters.bingx.rest.BingxRequests;
import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.bingx.rest.Endpoint;
import io.reckon.bench.baseline.NaiveOrderRequest;
import io.reckon.config.EntryMissPolicy;
import io.reckon.config.RetryExhaustAction;
import io.reckon.config.RouterSettings;
import io.reckon.config.RouterStyle;
import io.reckon.engine.exec.ClientOrderIds;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.router.ExecutionPlan;
import io.reckon.engine.router.ExecutionRouter;
import io.reckon.engine.router.PlanRequest;
import org.agrona.concurrent.SystemEpochClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * reckon's own cost of turning an entry intent into the signed BingX order request, on one thread, no network: the
 * steps the execution thread takes per intent, with the real classes: the router's plan and the client order id
 * (what {@code OrderDesk} does), quantity and quote price rounded down to the contract's step and tick, the
 * placement parameters ({@link OrderParams}), then timestamp, HMAC-SHA256 signature, URI and key header
 * ({@link BingxRequests}): the request the gateway hands to the JDK's HTTP client. The desk's bookkeeping of the
 * order (its ticket, the decisions it reports) is not included. Against the same order written as a user would
 * ({@link NaiveOrderRequest}). {@code MARKET} is a taker entry; {@code POST_ONLY} a maker quote one tick behind the
 * reference price.
 *
 * <p>The REST path may allocate (it is not the hot path): {@code -prof gc} shows how much.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class OrderPathBench {
    private static final String BASE_URL = "https://open-api.bingx.com";
    private static final String SYMBOL = "BTC-USDT";
    /** BTC-USDT as the contracts endpoint lists it: step 0.0001, tick 0.1. */
    private static final String CONTRACTS = "{\"code\":0,\"msg\":\"\",\"data\":[{\"symbol\":\"BTC-USDT\","
        + "\"quantityPrecision\":4,\"pricePrecision\":1,\"tradeMinQuantity\":0.0001,\"takerFeeRate\":0.0005,"
        + "\"makerFeeRate\":0.0002}]}";
    private static final String API_KEY = "bench0api0key0not0a0credential0of0anyone0000000000000000000000000";
    static final String SECRET = "bench0secret0not0a0credential0of0anyone00000000000000000000000000";
    private static final long RECV_WINDOW_MS = 5_000;
    private static final long TIMEOUT_MS = 5_000;
    /** 1 bp, inside the default spread gate, so the maker setting quotes. */
    private static final long SPREAD_BPS = 1_00000000L;
    private static final int INTENTS = 1024;

    @Param({"MARKET", "POST_ONLY"})
    public String order;

    private final String runId = ClientOrderIds.newRunId(1_796_400_000_000L, 7);
    private final String[] tradeIds = new String[INTENTS];
    private final PositionSide[] sides = new PositionSide[INTENTS];
    private final long[] sizes = new long[INTENTS];
    private final long[] references = new long[INTENTS];
    private final BigDecimal[] sizeDecimals = new BigDecimal[INTENTS];
    private final BigDecimal[] referenceDecimals = new BigDecimal[INTENTS];

    private ExecutionRouter router;
    private ContractSpec spec;
    private BingxRequests requests;
    private NaiveOrderRequest naive;
    private boolean postOnly;
    private long command;
    private int next;

    @Setup
    public void setUp() {
        postOnly = switch (order) {
            case "MARKET" -> false;
            case "POST_ONLY" -> true;
            default -> throw new IllegalArgumentException("order must be MARKET or POST_ONLY, got " + order);
        };
        router = new ExecutionRouter(routerSettings(postOnly));
        spec = ContractBook.parse(CONTRACTS.getBytes(StandardCharsets.US_ASCII)).spec(SYMBOL);
        requests = new BingxRequests(BASE_URL, Credentials.of(API_KEY, SECRET), SystemEpochClock.INSTANCE,
            RECV_WINDOW_MS, TIMEOUT_MS);
        naive = new NaiveOrderRequest(BASE_URL, API_KEY, SECRET, RECV_WINDOW_MS, TIMEOUT_MS, 4, 1,
            new BigDecimal("0.1"));
        for (int i = 0; i < INTENTS; i++) {
            tradeIds[i] = "t-" + i;
            sides[i] = (i & 1) == 0 ? PositionSide.LONG : PositionSide.SHORT;
            // Digits beyond the step and tick, so both paths really round.
            sizes[i] = 1_234_567L + 7_919L * i;
            references[i] = 6_001_234_567_000L + 1_370_000L * i;
            sizeDecimals[i] = BigDecimal.valueOf(sizes[i], FixedPoint.DECIMALS);
            referenceDecimals[i] = BigDecimal.valueOf(references[i], FixedPoint.DECIMALS);
        }
    }

    /** The default router, except that a maker router quotes its entries post-only. */
    private static RouterSettings routerSettings(final boolean maker) {
        return new RouterSettings(maker ? RouterStyle.MAKER_ENTRY : RouterStyle.TAKER, 8_000, 5_000,
            EntryMissPolicy.SKIP, 1, RetryExhaustAction.SKIP, 1, 5_00000000L, true, Map.of());
    }

    @Benchmark
    public HttpRequest reckon() {
        final int i = next++ & (INTENTS - 1);
        final ExecutionPlan plan = router.plan(PlanRequest.entry(tradeIds[i], SYMBOL, sides[i], sizes[i],
            references[i], SPREAD_BPS));
        final String clientOrderId = ClientOrderIds.format(runId, plan.action(), ++command);
        final long quantity = spec.quantity(plan.size());
        final long price = plan.maker() ? spec.price(plan.price()) : 0;
        return requests.build(Endpoint.ORDER_PLACE, OrderParams.place(plan, clientOrderId, quantity, price));
    }

    @Benchmark
    public HttpRequest naive() throws GeneralSecurityException {
        final int i = next++ & (INTENTS - 1);
        return naive.entry(runId, ++command, SYMBOL, sides[i].name(), sizeDecimals[i], referenceDecimals[i],
            postOnly);
    }
}
