package io.reckon.adapters.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the state Java-WebSocket 1.6.0's lost-write race leaves behind, deterministically: a frame sits in a
 * connection's queue while its key is interested in reads only. Nothing flushes it on its own; the watchdog does.
 */
class WriteWatchdogTest {

    /** A server that does nothing but accept. */
    private static final class IdleServer extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        final BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();

        IdleServer() {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            setConnectionLostTimeout(0);
        }

        @Override
        public void onOpen(final WebSocket conn, final ClientHandshake handshake) {
            opened.add(conn);
        }

        @Override
        public void onClose(final WebSocket conn, final int code, final String reason, final boolean remote) {
            // nothing to release
        }

        @Override
        public void onMessage(final WebSocket conn, final String message) {
            // the test client sends nothing
        }

        @Override
        public void onError(final WebSocket conn, final Exception ex) {
            // surfaced by the assertions
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    /** Collects the text of every binary frame. */
    private static final class Collector extends WebSocketClient {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        Collector(final URI uri) {
            super(uri);
            setConnectionLostTimeout(0);
        }

        @Override
        public void onOpen(final ServerHandshake handshake) {
            // nothing to do
        }

        @Override
        public void onMessage(final String message) {
            received.add(message);
        }

        @Override
        public void onMessage(final ByteBuffer bytes) {
            received.add(StandardCharsets.UTF_8.decode(bytes).toString());
        }

        @Override
        public void onClose(final int code, final String reason, final boolean remote) {
            // nothing to release
        }

        @Override
        public void onError(final Exception ex) {
            // surfaced by the assertions
        }
    }

    @Test
    void flushesAFrameStrandedWithoutWriteInterest() throws Exception {
        final ScheduledExecutorService scheduler = new ScheduledThreadPoolExecutor(1);
        final IdleServer server = new IdleServer();
        server.start();
        assertTrue(server.started.await(5, TimeUnit.SECONDS));
        final Collector client = new Collector(URI.create("ws://127.0.0.1:" + server.getPort() + "/"));
        try {
            assertTrue(client.connectBlocking(5, TimeUnit.SECONDS));
            final WebSocketImpl conn = (WebSocketImpl) server.opened.poll(5, TimeUnit.SECONDS);
            final ByteBuffer frame = conn.getDraft().createBinaryFrame(conn.getDraft()
                    .createFrames(ByteBuffer.wrap("stranded".getBytes(StandardCharsets.UTF_8)), false).get(0));
            // Strand the frame only once the server has flushed the handshake and dropped write interest: before
            // that its selector thread is still writing, and would send the frame along with the handshake.
            final long settleBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (conn.hasBufferedData()
                || (conn.getSelectionKey().interestOps() & SelectionKey.OP_WRITE) != 0) {
                assertTrue(System.nanoTime() < settleBy, "the server never finished writing its handshake");
                Thread.sleep(5);
            }
            conn.getSelectionKey().interestOps(SelectionKey.OP_READ);
            conn.outQueue.add(frame);

            assertNull(client.received.poll(300, TimeUnit.MILLISECONDS), "the frame is stranded");
            assertTrue(conn.hasBufferedData());

            new WriteWatchdog(scheduler, server).arm();
            assertEquals("stranded", client.received.poll(5, TimeUnit.SECONDS));
        } finally {
            client.closeBlocking();
            server.stop(1_000);
            scheduler.shutdownNow();
        }
    }
}
