package io.reckon.adapters.bingx.stream;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.adapters.bingx.rest.Credentials;
import io.reckon.adapters.bingx.rest.ListenKey;
import io.reckon.adapters.bingx.rest.RetryPolicy;
import io.reckon.engine.pipeline.Ingress;
import io.reckon.engine.ring.RestTopic;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures what our part of the frame path allocates per frame on the socket thread (the library's own per-frame
 * buffer is outside it): the Ping check, the hand-over to the ingress, the text re-encoding and the receive stamp.
 */
class FramePathAllocationTest {
    private static final int FRAMES = 1_000_000;

    /** Sums the payload bytes so the JIT cannot drop the hand-over. */
    private static final class CountingIngress implements Ingress {
        long bytes;

        @Override
        public void wire(final long connectionId, final ByteBuffer data, final boolean binary) {
            bytes += data.remaining();
        }

        @Override
        public void poll(final long c, final RestTopic t, final byte[] b, final int o, final int l) {
        }

        @Override
        public void ack(final long c, final RestTopic t, final byte[] b, final int o, final int l) {
        }

        @Override
        public void intent(final byte[] b, final int o, final int l) {
        }

        @Override
        public void control(final long c, final byte[] b, final int o, final int l) {
        }
    }

    @Test
    void theSocketThreadPathAllocatesNothingAfterWarmUp() throws Exception {
        final com.sun.management.ThreadMXBean mx =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            final CountingIngress ingress = new CountingIngress();
            final BingxRestClient rest = new BingxRestClient("http://127.0.0.1:9", Credentials.of("k", "s"),
                HttpClient.newHttpClient(), () -> 0L, 5_000, 1_000, RetryPolicy.defaults(), ms -> { });
            final UserStream owner = new UserStream("ws://127.0.0.1:9/swap-market", rest,
                new GapRepair(rest, ingress, () -> 0L, () -> 0L), ingress, scheduler, () -> 0L,
                new StreamTimings(60_000, 50, 400, 600_000, 0, 3_000, 0));
            final StreamConnection c = new StreamConnection(owner, ingress,
                new URI("ws://127.0.0.1:9/swap-market?listenKey=x"), 1, new ListenKey("x"), UserStream.Reason.START, 0);
            final ByteBuffer binary = ByteBuffer.wrap(PingFramesTest.gzip(
                "{\"e\":\"ACCOUNT_UPDATE\",\"E\":1,\"a\":{\"m\":\"ORDER\",\"B\":[],\"P\":[]}}", Deflater.BEST_SPEED));
            final String text = "{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":1710303599000,\"o\":{\"s\":\"BTC-USDT\"}}";

            for (int i = 0; i < 200_000; i++) {
                c.onMessage(binary.duplicate());
                c.onMessage(text);
            }
            final long before = mx.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < FRAMES; i++) {
                c.onMessage(binary);
                c.onMessage(text);
            }
            final long allocated = mx.getCurrentThreadAllocatedBytes() - before;
            System.out.printf("frame path: %d bytes allocated over %d binary + %d text frames%n", allocated, FRAMES,
                FRAMES);
            assertEquals((long) (binary.remaining() + text.getBytes(StandardCharsets.UTF_8).length) * (FRAMES + 200_000),
                ingress.bytes);
            assertTrue(allocated < 4_096, "allocated " + allocated + " bytes over " + 2 * FRAMES + " frames");
        } finally {
            scheduler.shutdownNow();
        }
    }
}
