package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestAuthTest {
    private static BingxSimulator sim;
    private static SimRestClient client;

    @BeforeAll
    static void start() {
        sim = BingxSimulator.start(SimConfig.defaults());
        client = new SimRestClient(sim, System::currentTimeMillis);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void acceptsACorrectlySignedRequest() {
        final Map<String, Object> body = client.signedJson("GET", RestApi.BALANCE);
        assertEquals(0L, body.get("code"));
        assertEquals("USDT", TestJson.obj(TestJson.list(body.get("data")).get(0)).get("asset"));
    }

    @Test
    void rejectsABadSignatureWithBingxCode100001() {
        final String query = "timestamp=" + System.currentTimeMillis();
        final String sig = SimRestClient.hmacHex("not-the-secret", query);
        final HttpResponse<String> r = client.send("GET", RestApi.BALANCE + "?" + query + "&signature=" + sig,
                sim.apiKey());
        assertEquals(200, r.statusCode());
        assertEquals(100_001L, TestJson.object(r.body()).get("code"));
    }

    @Test
    void rejectsAStaleTimestamp() {
        final SimRestClient late = new SimRestClient(sim, () -> System.currentTimeMillis() - 6_000);
        final Map<String, Object> body = TestJson.object(late.signed("GET", RestApi.BALANCE).body());
        assertEquals(109_400L, body.get("code"));
        assertEquals("timestamp is invalid", body.get("msg"));
    }

    @Test
    void acceptsAnOldTimestampInsideTheRecvWindowItSends() {
        final SimRestClient late = new SimRestClient(sim, () -> System.currentTimeMillis() - 6_000);
        assertEquals(0L, late.signedJson("GET", RestApi.BALANCE, "recvWindow", "10000").get("code"));
    }

    @Test
    void rejectsAWrongApiKey() {
        final SimRestClient wrong = new SimRestClient(sim.restBaseUrl(), "someone-else", sim.secret(),
                System::currentTimeMillis);
        assertEquals(100_413L, TestJson.object(wrong.signed("GET", RestApi.POSITIONS).body()).get("code"));
    }

    @Test
    void servesPublicEndpointsWithoutCredentials() {
        final HttpResponse<String> r = client.send("GET", RestApi.SERVER_TIME, null);
        assertEquals(200, r.statusCode());
        final long serverTime = TestJson.num(TestJson.obj(TestJson.object(r.body()).get("data")), "serverTime");
        assertTrue(Math.abs(serverTime - System.currentTimeMillis()) < 60_000);
        assertEquals(200, client.send("GET", RestApi.CONTRACTS, null).statusCode());
    }

    @Test
    void answersUnknownPathsWith404AndWrongMethodsWith405() {
        assertEquals(404, client.send("GET", "/openApi/swap/v2/nothing", sim.apiKey()).statusCode());
        assertEquals(405, client.send("PUT", RestApi.BALANCE, sim.apiKey()).statusCode());
    }
}
