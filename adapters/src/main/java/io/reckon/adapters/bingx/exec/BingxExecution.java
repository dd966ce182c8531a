package io.reckon.adapters.bingx.exec;

import io.reckon.adapters.bingx.rest.BingxRestClient;
import io.reckon.config.RouterSettings;
import io.reckon.engine.exec.ClientOrderIds;
import io.reckon.engine.exec.DeskCommand;
import io.reckon.engine.exec.DeskListener;
import io.reckon.engine.exec.DeskSettings;
import io.reckon.engine.exec.ExecControl;
import io.reckon.engine.exec.ExecMessage;
import io.reckon.engine.exec.ExecutionInbox;
import io.reckon.engine.exec.OrderDesk;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.pipeline.RingIngress;
import io.reckon.engine.router.ExecutionRouter;
import org.agrona.concurrent.EpochClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The BingX execution adapter: one thread of its own that runs the {@link OrderDesk} over the
 * {@link ExecutionInbox} the consumer fills and carries the desk's commands out with {@link BingxOrderGateway}.
 *
 * <p>The thread: on start it loads the contracts, checks the leverage cache against the venue and journals the
 * session record (its run id, from which every client order id derives); then it takes inbox messages in order,
 * hands each to the desk and executes the commands that come back, each REST reply going onto the ring. While the
 * desk has anything waiting on time (a working quote, a cancel to repeat, an exit to re-send) it journals a TTL
 * tick every {@code tickIntervalMs} of the injected clock; the desk acts on the tick when it comes back through the
 * ring, at the tick's journaled time, so replay sees the same expiries. Otherwise the thread sleeps until the
 * consumer posts (it never spins).
 *
 * <p>{@link #stats()} is safe from any thread: a snapshot the execution thread refreshes after each turn.
 */
public final class BingxExecution implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BingxExecution.class);
    private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long RING_FULL_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final ExecutionInbox inbox;
    private final ExecOutbox outbox;
    private final OrderDesk desk;
    private final ExecutionRouter router;
    private final BingxOrderGateway gateway;
    private final EpochClock clock;
    private final long tickIntervalMs;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread thread;
    private final List<DeskCommand> commands = new ArrayList<>();

    private volatile boolean running = true;
    private volatile ExecStats stats;
    private volatile String runId;
    private long estimatedFees;
    private long slippageBpsSum;
    private long slippageCount;
    private long reports;
    private long ticks;

    /**
     * @param ingress        where replies and ticks go (the live ring)
     * @param inbox          what the consumer's {@link io.reckon.engine.exec.ExecutionFeed} fills
     * @param stateDir       where the leverage cache lives (the journal's directory)
     * @param clock          the clock of the TTL loop and of the run id
     * @param tickIntervalMs how often the TTL loop ticks while something waits on time
     * @param listener       told of every desk decision, on the execution thread
     */
    public BingxExecution(final BingxRestClient rest, final RingIngress ingress, final ExecutionInbox inbox,
                          final RouterSettings routerSettings, final DeskSettings deskSettings, final Path stateDir,
                          final EpochClock clock, final long tickIntervalMs, final DeskListener listener) {
        if (tickIntervalMs < 1) {
            throw new IllegalArgumentException("tickIntervalMs must be at least 1, got " + tickIntervalMs);
        }
        this.inbox = inbox;
        this.outbox = new ExecOutbox(ingress);
        this.router = new ExecutionRouter(routerSettings);
        this.desk = new OrderDesk(router, deskSettings, listener);
        this.gateway = new BingxOrderGateway(rest, outbox, LeverageCache.in(stateDir), this::onReport);
        this.clock = clock;
        this.tickIntervalMs = tickIntervalMs;
        this.thread = new Thread(this::run, "reckon-exec");
        thread.setDaemon(true);
        publishStats();
    }

    /** Starts the thread; {@link #awaitReady} tells when its session record is on the ring. */
    public BingxExecution start() {
        thread.start();
        return this;
    }

    /** Waits until the session record is published (contracts loaded, leverage checked). */
    public boolean awaitReady(final long timeout, final TimeUnit unit) throws InterruptedException {
        return ready.await(timeout, unit);
    }

    /** The session's run id, null before {@link #awaitReady}. */
    public String runId() {
        return runId;
    }

    public ExecStats stats() {
        return stats;
    }

    private void run() {
        try {
            gateway.connect();
            final String run = ClientOrderIds.newRunId(clock.time(), new SecureRandom().nextInt());
            outbox.control(0, ExecControl.session(run));
            runId = run;
            ready.countDown();
            long nextTickMs = 0;
            while (running) {
                final boolean worked = drain();
                final boolean flushed = outbox.flush();
                final long now = clock.time();
                if (desk.needsTicks()) {
                    if (nextTickMs == 0) {
                        nextTickMs = now + tickIntervalMs;
                    } else if (now >= nextTickMs) {
                        outbox.control(0, ExecControl.tick());
                        ticks++;
                        nextTickMs = now + tickIntervalMs;
                    }
                } else {
                    nextTickMs = 0;
                }
                if (worked) {
                    publishStats();
                    continue;
                }
                final long park = !flushed ? RING_FULL_PARK_NANOS
                    : nextTickMs == 0 ? IDLE_PARK_NANOS
                    : Math.max(1, TimeUnit.MILLISECONDS.toNanos(Math.min(tickIntervalMs, nextTickMs - now)));
                inbox.await(park);
            }
        } catch (RuntimeException e) {
            LOG.error("execution thread failed; no further orders are placed", e);
        } finally {
            ready.countDown();
            publishStats();
        }
    }

    /** Hands every waiting message to the desk and executes what it asks for; true when there was any. */
    private boolean drain() {
        boolean any = false;
        ExecMessage m;
        while ((m = inbox.poll()) != null) {
            any = true;
            final long sequence = m.sequence;
            try {
                desk.on(m, commands);
                for (DeskCommand c : commands) {
                    gateway.execute(c);
                }
            } catch (RuntimeException bug) {
                // A bug in one input must not end execution: later exits still have to reach the venue.
                LOG.error("execution failed on the input at seq {}; it is skipped, the thread carries on", sequence,
                    bug);
            } finally {
                inbox.release(m);
                commands.clear();
            }
        }
        return any;
    }

    private void onReport(final ExecutionReport r) {
        reports++;
        estimatedFees += r.estimatedFee();
        if (r.hasSlippage()) {
            slippageBpsSum += r.slippageBps();
            slippageCount++;
        }
        LOG.info("order {} {} {} {} @ {}: est. fee {} ({}), slippage {} bps", r.clientOrderId(), r.side(),
            r.symbol(), FixedPoint.toPlainString(r.quantity()),
            FixedPoint.toPlainString(r.price()),
            FixedPoint.toPlainString(r.estimatedFee()), r.maker() ? "maker" : "taker",
            r.hasSlippage() ? FixedPoint.toPlainString(r.slippageBps()) : "n/a");
    }

    private void publishStats() {
        stats = new ExecStats(router.counters(), desk.counters(), gateway.counters(), reports, estimatedFees,
            slippageBpsSum, slippageCount, ticks, outbox.deferred(), desk.tradeFills());
    }

    /** Stops the thread (after the command in hand) and waits for it. */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
