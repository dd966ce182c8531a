package io.reckon.adapters.sim;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BingX's private user stream on loopback: {@code /swap-market?listenKey=K}; an unknown key is
 * closed with 1008; every server frame is a BINARY frame holding gzip-compressed JSON, the {@code Ping} heartbeat
 * included; the client answers {@code Pong} as text; a socket with {@code maxMissedPongs} pings unanswered at the
 * next heartbeat is closed. Data frames go to every socket whose listen key is still live; a socket whose key
 * expired is told once with {@code listenKeyExpired} and then receives only heartbeats.
 *
 * <p>Every send arms a {@link WriteWatchdog} against Java-WebSocket 1.6.0's lost-write race.
 */
final class UserStreamServer extends WebSocketServer implements FrameSink {
    private static final Logger LOG = LoggerFactory.getLogger(UserStreamServer.class);
    static final String PATH = "/swap-market";
    private static final byte[] PING = Gzip.compress("Ping");

    private final ListenKeyRegistry listenKeys;
    private final FaultCounters faults;
    private final WriteWatchdog watchdog;
    private final InstantSource clock;
    private final int maxMissedPongs;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicReference<Exception> startFailure = new AtomicReference<>();

    /** Per-socket state, attached to the connection. */
    private static final class StreamSession {
        final String listenKey;
        final AtomicInteger unansweredPings = new AtomicInteger();
        volatile boolean expired;

        StreamSession(final String listenKey) {
            this.listenKey = listenKey;
        }
    }

    UserStreamServer(final ListenKeyRegistry listenKeys, final FaultCounters faults,
                     final ScheduledExecutorService scheduler, final InstantSource clock, final int maxMissedPongs) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
        this.listenKeys = listenKeys;
        this.faults = faults;
        this.watchdog = new WriteWatchdog(scheduler, this);
        this.clock = clock;
        this.maxMissedPongs = maxMissedPongs;
        setReuseAddr(true);
        setTcpNoDelay(true);
        setDaemon(true);
        // The library's own ping/pong timer would be a second heartbeat and a thread; BingX's is app-level text.
        setConnectionLostTimeout(0);
    }

    /** Starts the selector and waits until the port is bound. */
    void startAndAwait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("user stream server did not start in 10 s");
        }
        final Exception failure = startFailure.get();
        if (failure != null) {
            throw new IllegalStateException("user stream server failed to start", failure);
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(final WebSocket conn, final ClientHandshake handshake) {
        final String key = listenKeyOf(handshake.getResourceDescriptor());
        if (key == null || !listenKeys.isLive(key)) {
            LOG.info("user stream: refusing socket with unknown listen key");
            conn.close(CloseFrame.POLICY_VALIDATION, "listenKey does not exist");
            return;
        }
        conn.setAttachment(new StreamSession(key));
        LOG.info("user stream: socket open for listen key {}", Redact.tag(key));
    }

    /** The listen key of {@code /swap-market?listenKey=K}, or null for any other path or a missing key. */
    static String listenKeyOf(final String resourceDescriptor) {
        final URI uri;
        try {
            uri = URI.create(resourceDescriptor);
        } catch (final IllegalArgumentException e) {
            return null;
        }
        if (!PATH.equals(uri.getPath())) {
            return null;
        }
        final String key = RequestParams.parse(uri.getRawQuery(), null).get("listenKey");
        return key == null || key.isEmpty() ? null : key;
    }

    @Override
    public void onMessage(final WebSocket conn, final String message) {
        final StreamSession s = conn.getAttachment();
        if (s == null) {
            return;
        }
        if ("Pong".equals(message)) {
            s.unansweredPings.set(0);
        } else {
            send(conn, Gzip.compress(Frames.invalidParams()));
        }
    }

    @Override
    public void onMessage(final WebSocket conn, final ByteBuffer message) {
        LOG.debug("user stream: ignoring a {}-byte binary frame from a client", message.remaining());
    }

    @Override
    public void onClose(final WebSocket conn, final int code, final String reason, final boolean remote) {
        LOG.info("user stream: socket closed code={} remote={}", code, remote);
    }

    @Override
    public void onError(final WebSocket conn, final Exception ex) {
        if (conn == null) {
            startFailure.compareAndSet(null, ex);
            started.countDown();
        }
        LOG.warn("user stream: socket error: {}", ex.toString());
    }

    /**
     * Publishes one data frame to every socket whose listen key is live, after the drop/duplicate faults had their
     * say. The caller holds the venue lock, which keeps frames in event order across threads; sending only queues.
     */
    @Override
    public void publish(final String json) {
        final FaultCounters.FrameAction action = faults.takeFrameAction();
        if (action == FaultCounters.FrameAction.DROP) {
            LOG.info("user stream: fault dropped a frame");
            return;
        }
        final byte[] frame = Gzip.compress(json);
        final int copies = action == FaultCounters.FrameAction.DUPLICATE ? 2 : 1;
        for (final WebSocket conn : getConnections()) {
            final StreamSession s = conn.getAttachment();
            if (s != null && !s.expired && conn.isOpen() && listenKeys.isLive(s.listenKey)) {
                for (int i = 0; i < copies; i++) {
                    send(conn, frame);
                }
            }
        }
    }

    /** Tells the sockets of an expired key, once, and stops their data frames. */
    void listenKeyExpired(final String key) {
        final byte[] frame = Gzip.compress(Frames.listenKeyExpired(key, clock.millis()));
        for (final WebSocket conn : getConnections()) {
            final StreamSession s = conn.getAttachment();
            if (s != null && !s.expired && s.listenKey.equals(key) && conn.isOpen()) {
                s.expired = true;
                send(conn, frame);
            }
        }
        LOG.info("user stream: listen key {} expired", Redact.tag(key));
    }

    /** Closes the sockets of a listen key the client deleted. */
    void closeSocketsOf(final String key) {
        for (final WebSocket conn : getConnections()) {
            final StreamSession s = conn.getAttachment();
            if (s != null && s.listenKey.equals(key)) {
                conn.close(CloseFrame.NORMAL, "listenKey deleted");
            }
        }
    }

    /** One heartbeat: closes sockets that left too many pings unanswered and pings the others. */
    void heartbeat() {
        for (final WebSocket conn : getConnections()) {
            final StreamSession s = conn.getAttachment();
            if (s == null || !conn.isOpen()) {
                continue;
            }
            if (s.unansweredPings.get() >= maxMissedPongs) {
                LOG.info("user stream: closing socket after {} unanswered pings", s.unansweredPings.get());
                conn.close(CloseFrame.GOING_AWAY, "no pong");
                continue;
            }
            s.unansweredPings.incrementAndGet();
            send(conn, PING);
        }
    }

    /** Drops every socket without a closing handshake, as a network failure would. */
    void disconnectAll() {
        for (final WebSocket conn : getConnections()) {
            conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "simulated disconnect");
        }
    }

    /** Sends a broken frame to every socket with a live key. */
    void sendMalformed(final MalformedFrame kind) {
        final byte[] frame = switch (kind) {
            case TRUNCATED_JSON -> {
                final String json = Frames.accountUpdate("ORDER", Decimals.ZERO, Decimals.ZERO, null,
                        clock.millis());
                yield Gzip.compress(json.substring(0, json.length() / 2));
            }
            case CORRUPT_GZIP -> corruptGzip();
        };
        for (final WebSocket conn : getConnections()) {
            final StreamSession s = conn.getAttachment();
            if (s != null && !s.expired && conn.isOpen()) {
                send(conn, frame);
            }
        }
    }

    /** A gzip header, then a deflate block header with the reserved block type 11, then a zero trailer. */
    private static byte[] corruptGzip() {
        final byte[] valid = Gzip.compress("{\"e\":\"ACCOUNT_UPDATE\"}");
        final byte[] out = Arrays.copyOf(valid, valid.length);
        Arrays.fill(out, 10, out.length, (byte) 0xFF);
        return out;
    }

    /** Number of open sockets whose key is live and not expired. */
    int liveSockets() {
        int n = 0;
        for (final WebSocket conn : getConnections()) {
            final StreamSession s = conn.getAttachment();
            if (s != null && !s.expired && conn.isOpen() && listenKeys.isLive(s.listenKey)) {
                n++;
            }
        }
        return n;
    }

    private void send(final WebSocket conn, final byte[] frame) {
        try {
            conn.send(frame);
        } catch (final RuntimeException closedMeanwhile) {
            LOG.debug("user stream: send on a closing socket failed: {}", closedMeanwhile.toString());
            return;
        }
        watchdog.arm();
    }
}
