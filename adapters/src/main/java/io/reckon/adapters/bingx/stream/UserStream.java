package io.reckon.adapters.bingx.stream;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.adapters.bingx.rest.ListenKey;
import io.reckon.adapters.bingx.rest.RestError;
import io.reckon.adapters.bingx.rest.RestResponse;
import io.reckon.engine.pipeline.Ingress;
import io.reckon.engine.pipeline.StreamSignals;
import org.agrona.concurrent.EpochClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The BingX user stream with its listen-key lifecycle: create a key, connect {@code wsBaseUrl?listenKey=K}, hand
 * every frame to the {@link Ingress} on the socket thread, answer {@code Ping} with {@code Pong}, extend the key
 * every {@code keepaliveMs}, and replace the connection when it is lost (backoff from {@code reconnectInitialMs},
 * doubling to {@code reconnectMaxMs}, reset by a healthy receive), when its key expires or a keepalive fails, and
 * proactively at {@code rotateAfterMs}.
 *
 * <p>Every replacement overlaps: the old connection keeps delivering until the new one has received its first
 * frame, and only then is closed and its key deleted (the kernel dedups what both deliver). Triggers that arrive
 * while a replacement is under way (a burst of {@code listenKeyExpired}, a failed keepalive, the old socket
 * closing) join it instead of starting another. Each new connection runs {@link GapRepair} as soon as it is open,
 * and a replacement completes only once the new connection is both repaired and healthy.
 *
 * <p>Threads: lifecycle work runs as tasks on the injected scheduler, serialised by one lock; socket threads only
 * deliver frames and enqueue tasks. All timing is the scheduler's delays and the injected clock. Blocking REST
 * calls run on the scheduler, so give the stream its own single-thread scheduler. Listen keys never reach a log
 * line (the key's fingerprint does); note that Java-WebSocket's own DEBUG/TRACE logging prints the URI.
 */
public final class UserStream implements StreamSignals, AutoCloseable {
    /** How long a replaced socket stays open after its successor took over, for frames already in flight. */
    static final long OVERLAP_GRACE_MS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(UserStream.class);
    private static final long CLOSE_WAIT_MS = 5_000;

    /** Why a connection was opened: the first, or what made the stream replace the previous one. */
    public enum Reason {
        START,
        DISCONNECTED,
        LISTEN_KEY_EXPIRED,
        /** A keepalive PUT answered 404: the venue no longer knows the key. */
        LISTEN_KEY_GONE,
        KEEPALIVE_FAILED,
        ROTATION_DUE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String wsBaseUrl;
    private final BingxRestClient rest;
    private final GapRepair repair;
    private final Ingress ingress;
    private final ScheduledExecutorService scheduler;
    private final EpochClock clock;
    private final StreamTimings timings;
    private final Object lock = new Object();

    private volatile boolean closed;
    // Guarded by lock.
    private final List<StreamConnection> live = new ArrayList<>();
    private long lastId;
    private StreamConnection current;
    private StreamConnection pending;
    private Reason replacing;
    private long replacingFrom;
    private int triggers;
    private int attempts;
    private long backoffMs;
    private boolean started;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> guardPoll;
    private ScheduledFuture<?> watchdog;

    public UserStream(final String wsBaseUrl, final BingxRestClient rest, final GapRepair repair,
                      final Ingress ingress, final ScheduledExecutorService scheduler, final EpochClock clock,
                      final StreamTimings timings) {
        if (wsBaseUrl == null || !(wsBaseUrl.startsWith("ws://") || wsBaseUrl.startsWith("wss://"))) {
            throw new IllegalArgumentException("WebSocket base URL must be ws(s)://..., got '" + wsBaseUrl + "'");
        }
        this.wsBaseUrl = wsBaseUrl;
        this.rest = rest;
        this.repair = repair;
        this.ingress = ingress;
        this.scheduler = scheduler;
        this.clock = clock;
        this.timings = timings;
        this.backoffMs = timings.reconnectInitialMs();
    }

    /** Opens the first connection (asynchronously) and starts the guard poll and the silence watchdog. */
    public void start() {
        enqueue(() -> {
            if (started || closed) {
                return;
            }
            started = true;
            if (timings.pollIntervalMs() > 0) {
                guardPoll = scheduler.scheduleWithFixedDelay(this::guardPoll, timings.pollIntervalMs(),
                    timings.pollIntervalMs(), TimeUnit.MILLISECONDS);
            }
            if (timings.silenceTimeoutMs() > 0) {
                final long every = Math.max(1, timings.silenceTimeoutMs() / 4);
                watchdog = scheduler.scheduleWithFixedDelay(() -> locked(this::checkSilence), every, every,
                    TimeUnit.MILLISECONDS);
            }
            beginReplacement(Reason.START, null);
        });
    }

    @Override
    public void listenKeyExpired(final long connectionId) {
        enqueue(() -> {
            final StreamConnection c = find(connectionId);
            if (c == null || c.retired) {
                LOG.debug("listenKeyExpired for connection {} that is already left behind", connectionId);
                return;
            }
            if (!c.expiryReported) {
                c.expiryReported = true;
                ControlJson.event("listen_key_expired").publish(ingress, c.id);
            }
            if (c == pending) {
                abandon(c, "listen_key_expired");
            } else {
                beginReplacement(Reason.LISTEN_KEY_EXPIRED, c);
            }
        });
    }

    /**
     * Closes every connection and deletes their listen keys, then publishes {@code stream_closed}, on the calling
     * thread (after any lifecycle task in progress, which may be waiting on a listen-key call). Then waits, at most
     * 5 s per socket, for the sockets to finish closing, so no frame reaches the ingress afterwards. A gap repair in
     * flight stops publishing. Does not shut the scheduler down: it is not ours.
     */
    @Override
    public void close() {
        final List<StreamConnection> closing;
        synchronized (lock) {
            closing = new ArrayList<>(live);
            guarded(this::shutdown);
        }
        try {
            for (StreamConnection c : closing) {
                c.awaitClosed(TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- called by connections (socket threads)

    long now() {
        return clock.time();
    }

    /**
     * Socket thread, before it reads any frame: announces the connection, so {@code connected} precedes every frame
     * of it on the ring. The gap repair then runs on the scheduler while the socket keeps reading: blocking the
     * socket for REST would leave the venue's Pings unanswered and get a healthy socket dropped whenever REST is
     * slow. Frames between {@code connected} and {@code gap_repaired} arrived while the gap was being bridged.
     */
    void opened(final StreamConnection c) {
        if (closed) {
            return;
        }
        ControlJson.event("connected").put("reason", c.reason.label()).put("key", c.key.fingerprint())
            .publish(ingress, c.id);
        enqueue(() -> {
            if (c.retired || closed) {
                return;
            }
            c.open = true;
            c.keepalive = scheduler.scheduleWithFixedDelay(() -> locked(() -> keepalive(c)),
                timings.keepaliveMs(), timings.keepaliveMs(), TimeUnit.MILLISECONDS);
            scheduler.execute(() -> repairGap(c));
        });
    }

    /** On the scheduler but outside the lock, so that {@link #close()} is never held up by REST. */
    private void repairGap(final StreamConnection c) {
        try {
            repair.repair(c.id, () -> !c.retired && !closed);
        } catch (RuntimeException e) {
            LOG.error("gap repair of {} failed", c, e);
        }
        enqueue(() -> {
            c.repaired = true;
            if (c == pending && c.healthy() && !closed) {
                complete(c);
            }
        });
    }

    void healthy(final StreamConnection c) {
        enqueue(() -> {
            if (c.retired || closed) {
                return;
            }
            backoffMs = timings.reconnectInitialMs();
            if (c == pending && c.repaired) {
                complete(c);
            }
        });
    }

    void closed(final StreamConnection c, final int code, final String reasonText, final boolean remote) {
        enqueue(() -> onClosed(c, code, reasonText, remote));
    }

    // ---- lifecycle, all under lock

    private void beginReplacement(final Reason reason, final StreamConnection from) {
        if (closed) {
            return;
        }
        if (replacing != null) {
            triggers++;
            LOG.debug("{} joins the {} already under way", reason, replacing);
            return;
        }
        replacing = reason;
        replacingFrom = from == null ? 0 : from.id;
        triggers = 1;
        attempts = 0;
        if (reason == Reason.ROTATION_DUE) {
            ControlJson.event("rotation_started").put("reason", reason.label()).publish(ingress, replacingFrom);
        } else if (reason != Reason.START) {
            ControlJson.event("recovery_started").put("reason", reason.label()).publish(ingress, replacingFrom);
        }
        LOG.info("user stream: {} (from connection {})", reason, replacingFrom);
        if (reason == Reason.DISCONNECTED) {
            scheduleAttempt();
        } else {
            attempt();
        }
    }

    private void attempt() {
        retry = null;
        if (closed || replacing == null) {
            return;
        }
        attempts++;
        final long id = ++lastId;
        final RestResponse r = rest.createListenKey();
        if (!r.ok()) {
            if (r.reportable()) {
                ControlJson.restFailure(r).publish(ingress, id);
            }
            scheduleAttempt();
            return;
        }
        final URI uri;
        try {
            uri = new URI(wsBaseUrl + (wsBaseUrl.indexOf('?') < 0 ? "?" : "&") + "listenKey=" + r.listenKey().value());
        } catch (URISyntaxException e) {
            LOG.error("listen key {} does not fit in a URI; retrying with a new one", r.listenKey());
            deleteKey(r.listenKey(), id);
            scheduleAttempt();
            return;
        }
        final StreamConnection c = new StreamConnection(this, ingress, uri, id, r.listenKey(), replacing,
            clock.time());
        pending = c;
        live.add(c);
        c.healthDeadline = scheduler.schedule(() -> locked(() -> {
            if (c == pending && !c.healthy()) {
                abandon(c, "health_timeout");
            }
        }), timings.healthTimeoutMs(), TimeUnit.MILLISECONDS);
        LOG.info("user stream: connecting {} for {} (attempt {})", c, replacing, attempts);
        c.connect();
    }

    private void scheduleAttempt() {
        if (closed || replacing == null) {
            return;
        }
        final long delay = backoffMs;
        backoffMs = Math.min(backoffMs * 2, timings.reconnectMaxMs());
        ControlJson.event("retry_scheduled").put("reason", replacing.label()).put("delay_ms", delay)
            .put("after_attempts", attempts).publish(ingress, replacingFrom);
        retry = scheduler.schedule(() -> locked(this::attempt), delay, TimeUnit.MILLISECONDS);
    }

    /**
     * The pending connection is repaired and has received its first frame: it takes over, and the one it replaces
     * is let go (the overlap ends here).
     */
    private void complete(final StreamConnection c) {
        cancel(c.healthDeadline);
        final StreamConnection old = current;
        current = c;
        pending = null;
        final Reason reason = replacing;
        replacing = null;
        c.rotation = scheduler.schedule(() -> locked(() -> {
            if (c == current) {
                beginReplacement(Reason.ROTATION_DUE, c);
            }
        }), timings.rotateAfterMs(), TimeUnit.MILLISECONDS);
        final String event = switch (reason) {
            case START -> "stream_healthy";
            case ROTATION_DUE -> "rotation_completed";
            default -> "recovery_done";
        };
        ControlJson.event(event).put("reason", reason.label()).put("from", replacingFrom)
            .put("triggers", triggers).put("attempts", attempts).publish(ingress, c.id);
        LOG.info("user stream: {} on {} after {} attempt(s), {} trigger(s)", event, c, attempts, triggers);
        if (old != null) {
            // The venue may still be writing frames it sent before it saw the new socket; they are worth having
            // (the kernel books a frame seen twice once), so the old socket stays open a moment longer.
            scheduler.schedule(() -> locked(() -> retire(old, "replaced")), OVERLAP_GRACE_MS,
                TimeUnit.MILLISECONDS);
        }
    }

    private void keepalive(final StreamConnection c) {
        if (c.retired || closed) {
            return;
        }
        final RestResponse r = rest.extendListenKey(c.key);
        if (r.ok()) {
            return;
        }
        if (r.reportable()) {
            ControlJson.restFailure(r).publish(ingress, c.id);
        }
        if (c == pending) {
            abandon(c, "keepalive_failed");
        } else if (c == current) {
            beginReplacement(r.error() == RestError.LISTEN_KEY_GONE ? Reason.LISTEN_KEY_GONE
                : Reason.KEEPALIVE_FAILED, c);
        }
    }

    private void checkSilence() {
        final StreamConnection c = current;
        if (c == null || !c.open || c.retired || closed) {
            return;
        }
        final long silentFor = clock.time() - c.lastReceiveMs();
        if (silentFor > timings.silenceTimeoutMs()) {
            LOG.warn("user stream: {} silent for {} ms, dropping it", c, silentFor);
            c.closeConnection(1006, "silent for " + silentFor + " ms");
        }
    }

    /** Runs a guard poll (REST snapshot of balance, positions, open orders) now, on the stream's scheduler. */
    public void pollNow() {
        scheduler.execute(this::guardPoll);
    }

    private void guardPoll() {
        final long id;
        synchronized (lock) {
            if (closed || current == null) {
                return;
            }
            id = current.id;
        }
        try {
            repair.snapshot(id);
        } catch (RuntimeException e) {
            LOG.error("guard poll failed", e);
        }
    }

    private void onClosed(final StreamConnection c, final int code, final String reasonText, final boolean remote) {
        live.remove(c);
        cancelTimers(c);
        final boolean expected = c.retired;
        ControlJson.event("disconnected").put("code", code).put("remote", remote)
            .put("why", expected ? c.retireReason : "lost").put("detail", reasonText).publish(ingress, c.id);
        if (expected || closed) {
            return;
        }
        c.retired = true;
        c.retireReason = "lost";
        deleteKey(c);
        if (c == pending) {
            pending = null;
            scheduleAttempt();
        } else if (c == current) {
            current = null;
            beginReplacement(Reason.DISCONNECTED, c);
        }
    }

    /** A pending connection that failed before it became healthy: drop it and try again after the backoff. */
    private void abandon(final StreamConnection c, final String why) {
        retire(c, why);
        scheduleAttempt();
    }

    private void retire(final StreamConnection c, final String why) {
        if (c.retired) {
            return;
        }
        c.retired = true;
        c.retireReason = why;
        cancelTimers(c);
        if (c == pending) {
            pending = null;
        }
        if (c == current) {
            current = null;
        }
        c.close(1000, why);
        deleteKey(c);
    }

    private void shutdown() {
        if (closed) {
            return;
        }
        closed = true;
        cancel(retry);
        cancel(guardPoll);
        cancel(watchdog);
        for (StreamConnection c : new ArrayList<>(live)) {
            retire(c, "closed");
        }
        replacing = null;
        ControlJson.event("stream_closed").put("connections", lastId).publish(ingress, 0);
        LOG.info("user stream closed");
    }

    /** Deletes the key of a connection being left, unless a live connection was handed the same key. */
    private void deleteKey(final StreamConnection c) {
        for (StreamConnection other : live) {
            if (other != c && !other.retired && other.key.equals(c.key)) {
                return;
            }
        }
        deleteKey(c.key, c.id);
    }

    private void deleteKey(final ListenKey key, final long connectionId) {
        final RestResponse r = rest.deleteListenKey(key);
        if (!r.ok() && r.error() != RestError.LISTEN_KEY_GONE && r.reportable()) {
            ControlJson.restFailure(r).publish(ingress, connectionId);
        }
    }

    /** The listen keys of the connections not yet left behind; for tests and diagnostics. */
    List<ListenKey> keysInUse() {
        synchronized (lock) {
            final List<ListenKey> keys = new ArrayList<>();
            for (StreamConnection c : live) {
                if (!c.retired) {
                    keys.add(c.key);
                }
            }
            return keys;
        }
    }

    private StreamConnection find(final long id) {
        for (StreamConnection c : live) {
            if (c.id == id) {
                return c;
            }
        }
        return null;
    }

    private static void cancelTimers(final StreamConnection c) {
        cancel(c.keepalive);
        cancel(c.healthDeadline);
        cancel(c.rotation);
    }

    private static void cancel(final ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    /** Enqueues lifecycle work from any thread; dropped (with a debug line) once the scheduler refuses work. */
    private void enqueue(final Runnable work) {
        try {
            scheduler.execute(() -> guarded(work));
        } catch (RejectedExecutionException e) {
            LOG.debug("scheduler refused user-stream work; the stream is shutting down");
        }
    }

    /** Runs lifecycle work on the calling (scheduler) thread under the lock. */
    private void locked(final Runnable work) {
        guarded(work);
    }

    private void guarded(final Runnable work) {
        synchronized (lock) {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("user stream task failed", e);
            }
        }
    }
}
