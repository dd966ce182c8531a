package io.reckon.adapters.bingx.stream;

import io.reckon.adapters.bingx.rest.ListenKey;
import io.reckon.adapters.bingx.rest.Redactor;
import io.reckon.engine.pipeline.Ingress;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One WebSocket of the user stream, bound to one listen key. Its socket thread hands every frame to the
 * {@link Ingress} as it arrives and answers the heartbeat; everything else it only reports to its
 * {@link UserStream}, which owns the lifecycle. Fields marked "stream" are touched only under the stream's lock.
 *
 * <p>Frame path (per frame, socket thread): no allocation of ours after the first frame; a text frame is encoded
 * into a reused buffer. The library itself allocates a buffer per inbound frame.
 */
final class StreamConnection extends WebSocketClient {
    private static final Logger LOG = LoggerFactory.getLogger(StreamConnection.class);

    final long id;
    final ListenKey key;
    final UserStream.Reason reason;
    private final UserStream owner;
    private final Ingress ingress;

    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private volatile boolean healthy;
    private volatile long lastReceiveMs;

    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private char[] chars = new char[256];
    private CharBuffer charView = CharBuffer.wrap(chars);
    private ByteBuffer textBytes = ByteBuffer.allocate(1024);

    /** stream: set once this connection is being left behind; its close is then expected. */
    boolean retired;
    /** stream: why it was retired, for the disconnect event. */
    String retireReason = "";
    /** stream: a listen_key_expired event was published for this connection. */
    boolean expiryReported;
    /** stream: the socket opened (keepalive scheduled, gap repair started). */
    boolean open;
    /** stream: the gap repair of this connection finished (successfully or with its failures reported). */
    boolean repaired;
    ScheduledFuture<?> keepalive;
    ScheduledFuture<?> healthDeadline;
    ScheduledFuture<?> rotation;

    StreamConnection(final UserStream owner, final Ingress ingress, final URI uri, final long id, final ListenKey key,
                     final UserStream.Reason reason, final long createdMs) {
        super(uri);
        this.owner = owner;
        this.ingress = ingress;
        this.id = id;
        this.key = key;
        this.reason = reason;
        this.lastReceiveMs = createdMs;
        // Our own silence watchdog runs on the injected scheduler; the library's would add a thread per socket.
        setConnectionLostTimeout(0);
        setDaemon(true);
        setTcpNoDelay(true);
    }

    boolean healthy() {
        return healthy;
    }

    long lastReceiveMs() {
        return lastReceiveMs;
    }

    /** Socket thread, before any frame is read. */
    @Override
    public void onOpen(final ServerHandshake handshake) {
        owner.opened(this);
    }

    @Override
    public void onMessage(final ByteBuffer frame) {
        if (PingFrames.isPing(frame)) {
            pong();
        }
        ingress.wire(id, frame, true);
        received();
    }

    @Override
    public void onMessage(final String text) {
        if (PingFrames.isPing(text)) {
            pong();
        }
        ingress.wire(id, encode(text), false);
        received();
    }

    @Override
    public void onClose(final int code, final String reasonText, final boolean remote) {
        closedLatch.countDown();
        owner.closed(this, code, Redactor.scrub(reasonText, key.value()), remote);
    }

    /** Waits until the socket has closed (its callbacks are done), at most {@code nanos}. */
    void awaitClosed(final long nanos) throws InterruptedException {
        if (!closedLatch.await(nanos, TimeUnit.NANOSECONDS)) {
            LOG.warn("{} did not close in time", this);
        }
    }

    @Override
    public void onError(final Exception e) {
        LOG.debug("connection {} ({}): {}: {}", id, key, e.getClass().getSimpleName(),
            Redactor.scrub(e.getMessage(), key.value()));
    }

    /** After the frame is on the ring, so that the stream's reaction to it is journaled after it. */
    private void received() {
        lastReceiveMs = owner.now();
        if (!healthy) {
            healthy = true;
            owner.healthy(this);
        }
    }

    /** Allocates (the library encodes the text): once per heartbeat, every few seconds. */
    private void pong() {
        try {
            send("Pong");
        } catch (WebsocketNotConnectedException e) {
            LOG.debug("connection {} closed before its Pong", id);
        }
    }

    private ByteBuffer encode(final String text) {
        final int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
            charView = CharBuffer.wrap(chars);
        }
        final int worst = n * 3;
        if (textBytes.capacity() < worst) {
            textBytes = ByteBuffer.allocate(Math.max(worst, 2 * textBytes.capacity()));
        }
        text.getChars(0, n, chars, 0);
        charView.clear().limit(n);
        textBytes.clear();
        encoder.reset();
        encoder.encode(charView, textBytes, true);
        encoder.flush(textBytes);
        return textBytes.flip();
    }

    @Override
    public String toString() {
        return "StreamConnection[" + id + " " + key + "]";
    }
}
