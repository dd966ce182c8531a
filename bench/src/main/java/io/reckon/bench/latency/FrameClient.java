package io.reckon.bench.latency;

import io.reckon.engine.pipeline.Ingress;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * reckon's side of the harness: the Java-WebSocket client the user stream uses, handing every binary frame to the
 * ring on its socket thread exactly as {@code StreamConnection} does (which inflates it there). The target ingress
 * changes between offered rates, while nothing is in flight.
 */
final class FrameClient extends WebSocketClient {
    private static final Logger LOG = LoggerFactory.getLogger(FrameClient.class);
    private static final long CONNECTION_ID = 1;

    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile Ingress ingress;

    FrameClient(final URI uri) {
        super(uri);
        setConnectionLostTimeout(0);
        setTcpNoDelay(true);
    }

    void target(final Ingress next) {
        this.ingress = next;
    }

    /** Waits for the opening handshake started by {@link #connect()}. */
    boolean awaitOpen(final long timeout, final TimeUnit unit) throws InterruptedException {
        return opened.await(timeout, unit);
    }

    @Override
    public void onOpen(final ServerHandshake handshake) {
        opened.countDown();
    }

    @Override
    public void onMessage(final ByteBuffer frame) {
        ingress.wire(CONNECTION_ID, frame, true);
    }

    @Override
    public void onMessage(final String text) {
    }

    @Override
    public void onClose(final int code, final String reason, final boolean remote) {
        LOG.debug("harness socket closed: {} {}", code, reason);
    }

    @Override
    public void onError(final Exception e) {
        LOG.warn("harness socket error: {}", e.toString());
    }
}
