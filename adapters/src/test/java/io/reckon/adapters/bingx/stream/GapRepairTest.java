package io.reckon.adapters.bingx.stream;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.bingx.rest.EnvelopeTest;
import io.reckon.adapters.bingx.rest.HttpPeer;
import io.reckon.adapters.bingx.rest.HttpPeer.Reply;
import io.reckon.adapters.bingx.rest.RetryPolicy;
import io.reckon.adapters.bingx.stream.RecordingIngress.Kind;
import io.reckon.adapters.bingx.stream.RecordingIngress.Rec;
import io.reckon.engine.ring.RestTopic;
import org.agrona.concurrent.CachedEpochClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GapRepairTest {
    private static final String ALL_ORDERS = "/openApi/swap/v2/trade/allOrders";
    private static final String INCOME = "/openApi/swap/v2/user/income";
    private static final long NOW = 1_710_303_600_000L;

    private final CachedEpochClock clock = new CachedEpochClock();
    private final RecordingIngress ingress = new RecordingIngress();
    private final AtomicLong lastEvent = new AtomicLong();
    private HttpPeer peer;
    private GapRepair repair;

    @BeforeEach
    void start() throws IOException {
        clock.update(NOW);
        peer = new HttpPeer();
        peer.always("/openApi/swap/v3/user/balance", Reply.bytes(EnvelopeTest.fixture("balance_v3.json")))
            .always("/openApi/swap/v2/user/positions", Reply.bytes(EnvelopeTest.fixture("positions_v2.json")))
            .always("/openApi/swap/v2/trade/openOrders", Reply.bytes(EnvelopeTest.fixture("open_orders_v2.json")))
            .always(ALL_ORDERS, Reply.json(200, "{\"code\":0,\"msg\":\"\",\"data\":{\"orders\":[{\"orderId\":1},"
                + "{\"orderId\":2},{\"orderId\":3}]}}"))
            .always(INCOME, Reply.json(200, "{\"code\":0,\"msg\":\"\",\"data\":[{\"income\":\"-0.1\"}]}"));
        final BingxRestClient rest = new BingxRestClient(peer.baseUrl(), Credentials.of("key", "secret"),
            HttpClient.newHttpClient(), clock, 5_000, 2_000, new RetryPolicy(3, 1, 1, 0, 0), ms -> { });
        repair = new GapRepair(rest, ingress, clock, lastEvent::get);
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    private String startTimeOf(final HttpPeer.Request r) {
        for (String kv : r.query().split("&")) {
            if (kv.startsWith("startTime=")) {
                return kv.substring("startTime=".length());
            }
        }
        return "";
    }

    @Test
    void publishesTheSnapshotThenTheCatchUpThenCounts() {
        lastEvent.set(NOW - 60_000);
        final GapRepair.Result r = repair.repair(7);
        final List<Rec> recs = ingress.all();
        assertEquals(List.of(RestTopic.BALANCE, RestTopic.POSITIONS, RestTopic.OPEN_ORDERS, RestTopic.ALL_ORDERS,
            RestTopic.INCOME, RestTopic.INCOME), recs.stream().filter(x -> x.kind() == Kind.POLL).map(Rec::topic).toList());
        assertTrue(recs.stream().allMatch(x -> x.conn() == 7));
        final Rec last = recs.get(recs.size() - 1);
        assertEquals("{\"event\":\"gap_repaired\",\"since\":" + (NOW - 61_000) + ",\"balance\":2,\"positions\":2,"
            + "\"open_orders\":2,\"all_orders\":3,\"income\":2,\"failed\":0,\"truncated\":false}", last.text());
        assertEquals(new GapRepair.Result(NOW - 61_000, 2, 2, 2, 3, 2, 0), r);
        final List<HttpPeer.Request> reqs = peer.requests();
        assertTrue(reqs.get(3).query().startsWith("startTime=" + (NOW - 61_000) + "&limit=100&timestamp="));
        assertTrue(reqs.get(4).query().startsWith("incomeType=FUNDING_FEE&startTime=" + (NOW - 61_000)
            + "&limit=100&timestamp="));
    }

    @Test
    void publishesTheBodiesVerbatim() throws IOException {
        repair.repair(1);
        assertEquals(new String(EnvelopeTest.fixture("open_orders_v2.json")),
            ingress.matching(x -> x.topic() == RestTopic.OPEN_ORDERS).get(0).text());
    }

    @Test
    void catchesUpFromSessionStartWhenTheKernelSawNothing() {
        clock.advance(5_000);
        repair.repair(1);
        assertEquals(Long.toString(NOW), startTimeOf(peer.requests().get(3)));
    }

    @Test
    void neverReachesFurtherBackThanTheVenueAllows() {
        lastEvent.set(NOW - 30L * 24 * 3600 * 1000);
        repair.repair(1);
        assertEquals(Long.toString(NOW - GapRepair.MAX_LOOKBACK_MS), startTimeOf(peer.requests().get(3)));
    }

    @Test
    void reportsAFailedCallOnceAndPublishesNoPollForIt() {
        peer.then(ALL_ORDERS, Reply.json(503, ""), Reply.json(503, ""), Reply.json(503, ""));
        final GapRepair.Result r = repair.repair(3);
        assertEquals(-1, r.allOrders());
        assertEquals(1, r.failed());
        assertEquals(0, ingress.matching(x -> x.topic() == RestTopic.ALL_ORDERS).size());
        final List<Rec> failures = ingress.matching(x -> x.isControl("rest_failure"));
        assertEquals(1, failures.size());
        assertEquals("{\"event\":\"rest_failure\",\"endpoint\":\"all_orders\",\"kind\":\"HTTP_5XX\",\"http\":503,"
            + "\"code\":0,\"attempts\":3,\"msg\":\"HTTP 503\"}", failures.get(0).text());
    }

    @Test
    void retriesAFailedCatchUpFromTheSameStartAtTheNextGuardPoll() {
        lastEvent.set(NOW - 10_000);
        peer.then(INCOME, Reply.json(500, ""), Reply.json(500, ""), Reply.json(500, ""));
        repair.repair(1);
        lastEvent.set(NOW + 50_000);
        clock.advance(60_000);
        final GapRepair.Result polled = repair.snapshot(1);
        assertEquals(NOW - 11_000, polled.sinceMs());
        assertEquals(2, polled.income(), "funding and transfer rows");
        final List<HttpPeer.Request> incomes = peer.requests().stream()
            .filter(x -> x.path().equals(INCOME)).toList();
        assertEquals(Long.toString(NOW - 11_000), startTimeOf(incomes.get(incomes.size() - 1)));

        final GapRepair.Result next = repair.snapshot(1);
        assertEquals(NOW + 49_000, next.sinceMs(), "nothing owed any more: the next catch-up starts at the earlier"
            + " of the kernel's last event and the previous catch-up, less the overlap");
        assertEquals(8, peer.requests().stream().filter(x -> x.path().equals(INCOME)).count(),
            "funding: three failed attempts, then a retry and a regular guard catch-up; transfers: one each time");
    }

    @Test
    void guardPollCatchesUpFromThePreviousCatchUpSoFramesLostOnAHealthySocketAreFound() {
        lastEvent.set(NOW - 10_000);
        repair.repair(1);
        clock.advance(30_000);
        lastEvent.set(NOW + 29_000);
        final GapRepair.Result polled = repair.snapshot(1);
        assertEquals(NOW - 1_000, polled.sinceMs(), "from the previous catch-up (less the overlap), though the"
            + " kernel has seen later events: a fill lost in between is still found");
        clock.advance(30_000);
        lastEvent.set(NOW + 59_500);
        assertEquals(NOW + 29_000, repair.snapshot(1).sinceMs(), "from the previous catch-up, less the overlap");
    }
}
