package io.reckon.adapters.bingx.stream;

import io.reckon.engine.pipeline.Ingress;
import io.reckon.engine.pipeline.StreamSignals;
import io.reckon.engine.ring.RestTopic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * An {@link Ingress} that records what reaches it, in arrival order, for the stream tests. It stands in for the
 * kernel in one more way: a frame that inflates to {@code listenKeyExpired} is signalled back to the stream, as
 * the real decoder stage does through {@link StreamSignals}.
 */
final class RecordingIngress implements Ingress {
    enum Kind { WIRE, POLL, ACK, INTENT, CONTROL }

    record Rec(int index, Kind kind, long conn, RestTopic topic, boolean binary, String text, long atNanos) {
        boolean isControl(final String event) {
            return kind == Kind.CONTROL && text.startsWith("{\"event\":\"" + event + "\"");
        }

        boolean isWire(final long connection) {
            return kind == Kind.WIRE && conn == connection;
        }
    }

    private final List<Rec> records = new ArrayList<>();
    private volatile StreamSignals signals;
    private volatile Consumer<Rec> onRecord = r -> { };

    void signalTo(final StreamSignals s) {
        signals = s;
    }

    /** Runs on the publishing thread right after a record is stored (used to act inside an overlap window). */
    void onRecord(final Consumer<Rec> hook) {
        onRecord = hook;
    }

    @Override
    public void wire(final long connectionId, final ByteBuffer data, final boolean binary) {
        final byte[] bytes = new byte[data.remaining()];
        data.duplicate().get(bytes);
        final String text = binary ? inflate(bytes) : new String(bytes, StandardCharsets.UTF_8);
        add(Kind.WIRE, connectionId, RestTopic.NONE, binary, text);
        if (text.contains("\"e\":\"listenKeyExpired\"") && signals != null) {
            signals.listenKeyExpired(connectionId);
        }
    }

    @Override
    public void poll(final long connectionId, final RestTopic topic, final byte[] body, final int offset,
                     final int length) {
        add(Kind.POLL, connectionId, topic, false, new String(body, offset, length, StandardCharsets.UTF_8));
    }

    @Override
    public void ack(final long connectionId, final RestTopic topic, final byte[] body, final int offset,
                    final int length) {
        add(Kind.ACK, connectionId, topic, false, new String(body, offset, length, StandardCharsets.UTF_8));
    }

    @Override
    public void intent(final byte[] body, final int offset, final int length) {
        add(Kind.INTENT, 0, RestTopic.NONE, false, new String(body, offset, length, StandardCharsets.UTF_8));
    }

    @Override
    public void control(final long connectionId, final byte[] body, final int offset, final int length) {
        add(Kind.CONTROL, connectionId, RestTopic.NONE, false,
            new String(body, offset, length, StandardCharsets.UTF_8));
    }

    private void add(final Kind kind, final long conn, final RestTopic topic, final boolean binary,
                     final String text) {
        final Rec r;
        synchronized (this) {
            r = new Rec(records.size(), kind, conn, topic, binary, text, System.nanoTime());
            records.add(r);
            notifyAll();
        }
        onRecord.accept(r);
    }

    private static String inflate(final byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "<not gzip: " + gz.length + " bytes>";
        }
    }

    synchronized List<Rec> all() {
        return List.copyOf(records);
    }

    List<Rec> matching(final Predicate<Rec> p) {
        return all().stream().filter(p).toList();
    }

    /** Blocks (wait/notify, no spinning) until a record matches; returns the first match. */
    Rec await(final Predicate<Rec> p, final long timeoutMs, final String what) {
        final long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (this) {
            while (true) {
                for (Rec r : records) {
                    if (p.test(r)) {
                        return r;
                    }
                }
                final long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    fail("timed out waiting for " + what + "; records:\n" + describe());
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting for " + what);
                }
            }
        }
    }

    /** Blocks until {@code n} records match. */
    List<Rec> awaitCount(final Predicate<Rec> p, final int n, final long timeoutMs, final String what) {
        final long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (this) {
            while (true) {
                final List<Rec> found = records.stream().filter(p).toList();
                if (found.size() >= n) {
                    return found;
                }
                final long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    fail("timed out waiting for " + n + " x " + what + "; records:\n" + describe());
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting for " + what);
                }
            }
        }
    }

    synchronized String describe() {
        final StringBuilder sb = new StringBuilder();
        final long t0 = records.isEmpty() ? 0 : records.get(0).atNanos();
        for (Rec r : records) {
            sb.append(r.index()).append(" +").append((r.atNanos() - t0) / 1_000_000).append("ms ").append(r.kind()).append(" c").append(r.conn()).append(' ')
                .append(r.topic() == RestTopic.NONE ? "" : r.topic() + " ")
                .append(r.text().length() > 160 ? r.text().substring(0, 160) + "..." : r.text()).append('\n');
        }
        return sb.toString();
    }
}
