package io.reckon.adapters.sim;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.java_websocket.WebSocket;
import org.java_websocket.server.WebSocketServer;

/**
 * Works around a lost-write race in Java-WebSocket 1.6.0's server: the selector, having
 * drained a connection's queue, sets its interest back to read-only, and a frame another thread queued in between
 * loses its write interest and stays buffered until some later send. After every send the owner calls
 * {@link #arm()}; 2 ms later the watchdog re-signals write demand for every connection that still holds buffered
 * data, and re-arms itself until nothing is left. Idle, it costs nothing: no periodic task runs.
 */
final class WriteWatchdog {
    private static final long DELAY_MICROS = 2_000;

    private final ScheduledExecutorService scheduler;
    private final WebSocketServer server;
    private final AtomicBoolean armed = new AtomicBoolean();

    WriteWatchdog(final ScheduledExecutorService scheduler, final WebSocketServer server) {
        this.scheduler = scheduler;
        this.server = server;
    }

    /** Schedules one check unless one is already pending. */
    void arm() {
        if (armed.compareAndSet(false, true)) {
            try {
                scheduler.schedule(this::check, DELAY_MICROS, TimeUnit.MICROSECONDS);
            } catch (final RejectedExecutionException shuttingDown) {
                armed.set(false);
            }
        }
    }

    /** Disarms first, then looks: a send racing with this check is either seen here or arms a new check itself. */
    private void check() {
        armed.set(false);
        boolean pending = false;
        for (final WebSocket conn : server.getConnections()) {
            if (conn.isOpen() && conn.hasBufferedData()) {
                server.onWriteDemand(conn);
                pending = true;
            }
        }
        if (pending) {
            arm();
        }
    }
}
