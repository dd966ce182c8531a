package io.reckon.adapters.sim;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * A user-stream client for tests on Java-WebSocket's client (not the kernel's adapter): it gunzips every binary
 * frame, answers {@code Ping} with {@code Pong} when asked to, and queues the data frames.
 */
final class SimWsClient extends WebSocketClient {
    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final BlockingQueue<byte[]> undecodable = new LinkedBlockingQueue<>();
    final AtomicInteger pings = new AtomicInteger();
    final AtomicInteger textFrames = new AtomicInteger();
    final CountDownLatch closed = new CountDownLatch(1);
    volatile int closeCode;
    private final boolean autoPong;

    private SimWsClient(final URI uri, final boolean autoPong) {
        super(uri);
        this.autoPong = autoPong;
        setConnectionLostTimeout(0);
    }

    /**
     * Connects and waits until the simulator counts the socket as live: the server registers a socket just after
     * its handshake response leaves, so a frame published in between would not reach it.
     */
    static SimWsClient connect(final BingxSimulator sim, final String listenKey, final boolean autoPong)
            throws InterruptedException {
        final int before = sim.liveSockets();
        final SimWsClient c = new SimWsClient(URI.create(sim.wsBaseUrl() + "?listenKey=" + listenKey), autoPong);
        if (!c.connectBlocking(5, TimeUnit.SECONDS)) {
            throw new AssertionError("could not connect the user stream");
        }
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sim.liveSockets() <= before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the simulator never registered the socket");
            }
            Thread.sleep(5);
        }
        return c;
    }

    /** Starts connecting and returns at once; the caller watches {@link #closed} or the frames. */
    static SimWsClient connectRaw(final BingxSimulator sim, final String listenKey, final boolean autoPong) {
        final SimWsClient c = new SimWsClient(URI.create(sim.wsBaseUrl() + "?listenKey=" + listenKey), autoPong);
        c.connect();
        return c;
    }

    static String gunzip(final byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void onOpen(final ServerHandshake handshake) {
        // nothing to do: the server pushes without a subscription
    }

    @Override
    public void onMessage(final String message) {
        textFrames.incrementAndGet();
    }

    @Override
    public void onMessage(final ByteBuffer bytes) {
        final byte[] b = new byte[bytes.remaining()];
        bytes.get(b);
        final String text;
        try {
            text = gunzip(b);
        } catch (final IOException e) {
            undecodable.add(b);
            return;
        }
        if ("Ping".equals(text)) {
            pings.incrementAndGet();
            if (autoPong) {
                send("Pong");
            }
            return;
        }
        frames.add(text);
    }

    @Override
    public void onClose(final int code, final String reason, final boolean remote) {
        closeCode = code;
        closed.countDown();
    }

    @Override
    public void onError(final Exception ex) {
        // surfaced through onClose
    }

    /** The next data frame as JSON, failing after the timeout. */
    Map<String, Object> next(final Duration timeout) throws InterruptedException {
        final String f = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (f == null) {
            throw new AssertionError("no frame within " + timeout);
        }
        return TestJson.object(f);
    }

    /** Frames up to and including the first that matches, failing after the timeout per frame. */
    List<Map<String, Object>> until(final Predicate<Map<String, Object>> last, final Duration timeout)
            throws InterruptedException {
        final List<Map<String, Object>> out = new ArrayList<>();
        while (true) {
            final Map<String, Object> f = next(timeout);
            out.add(f);
            if (last.test(f)) {
                return out;
            }
        }
    }

    /** The raw text of every frame that arrives within the window. */
    List<String> drain(final Duration window) throws InterruptedException {
        final List<String> out = new ArrayList<>();
        final long deadline = System.nanoTime() + window.toNanos();
        while (true) {
            final long left = deadline - System.nanoTime();
            if (left <= 0) {
                return out;
            }
            final String f = frames.poll(left, TimeUnit.NANOSECONDS);
            if (f != null) {
                out.add(f);
            }
        }
    }

    static boolean isAccountUpdate(final Map<String, Object> f) {
        return "ACCOUNT_UPDATE".equals(f.get("e"));
    }
}
