package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Java-WebSocket 1.6.0's server can strand the last frame of a burst in its queue when a thread sends while the
 * selector finishes a write; nothing but a later send would flush it. Here many small
 * bursts come from two threads at once, with no heartbeat to rescue a stranded frame, and each must arrive in
 * full before the next starts.
 */
class StreamConcurrencyTest {
    private static final int BURSTS = 500;

    @Test
    void everyBurstFromTwoThreadsArrivesWithoutALaterSendToFlushIt() throws Exception {
        try (BingxSimulator sim = BingxSimulator.start(SimConfig.builder().pingInterval(Duration.ofHours(1))
                .build())) {
            final SimRestClient rest = new SimRestClient(sim, System::currentTimeMillis);
            final SimWsClient ws = SimWsClient.connect(sim, rest.createListenKey(), true);
            final CyclicBarrier go = new CyclicBarrier(3);
            final CyclicBarrier done = new CyclicBarrier(3);
            final Runnable producer = () -> {
                try {
                    for (int burst = 0; burst < BURSTS; burst++) {
                        go.await();
                        sim.transfer(BigDecimal.ONE);
                        done.await();
                    }
                } catch (final Exception e) {
                    Thread.currentThread().interrupt();
                }
            };
            final Thread a = new Thread(producer, "producer-a");
            final Thread b = new Thread(producer, "producer-b");
            a.start();
            b.start();
            for (int burst = 0; burst < BURSTS; burst++) {
                go.await(5, TimeUnit.SECONDS);
                done.await(5, TimeUnit.SECONDS);
                final int expected = 2 * (burst + 1);
                final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (ws.frames.size() < expected && System.nanoTime() < deadline) {
                    Thread.sleep(0, 200_000);
                }
                assertEquals(expected, ws.frames.size(), "burst " + burst + " arrived in full");
            }
            a.join();
            b.join();
            assertTrue(ws.isOpen());
            ws.closeBlocking();
        }
    }
}
