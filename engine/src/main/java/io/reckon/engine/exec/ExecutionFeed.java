package io.reckon.engine.exec;

import io.reckon.engine.pipeline.EventTap;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.IntentVerdict;
import io.reckon.engine.ring.OpenOrderTable;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.symbol.SymbolTable;

/**
 * The consumer's side of execution: after the business stages, copies what the execution desk needs out of the slot
 * and hands it over, in journal order:
 * <ul>
 *   <li>intents the freeze gate accepted (a refused ENTER never leaves the consumer);</li>
 *   <li>stream order updates whose client order id carries reckon's mark ({@link ClientOrderIds#isOurs});</li>
 *   <li>replies to the desk's commands ({@code ack} records on an {@link ExecChannel} connection), decoded or
 *       not, and the open-orders reads that confirm cancels;</li>
 *   <li>the execution thread's own control records: the session start and the TTL ticks.</li>
 * </ul>
 * Because the desk sees exactly these records in exactly this order, live and in replay, its decisions are a
 * function of the journal. Allocation-free; runs on the consumer thread (or the replay thread).
 */
public final class ExecutionFeed implements EventTap {
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final SymbolTable symbols;
    private final ExecSink sink;

    public ExecutionFeed(final SymbolTable symbols, final ExecSink sink) {
        this.symbols = symbols;
        this.sink = sink;
    }

    @Override
    public void onProcessed(final RingEvent e) {
        switch (e.source) {
            case INTENT -> {
                if (e.kind == EventKind.INTENT && e.intent.verdict == IntentVerdict.ACCEPTED) {
                    intent(e);
                }
            }
            case WS -> {
                final OrderFields o = e.order;
                if (e.decoded == DecodedKind.ORDER_UPDATE && ClientOrderIds.isOurs(o.clientOrderId,
                    o.clientOrderIdLength)) {
                    final ExecMessage m = begin(e, ExecMessageKind.ORDER_UPDATE);
                    m.order.copyFrom(o);
                    m.decoded = true;
                    sink.post(m);
                }
            }
            case ACK -> {
                if (ExecChannel.isExec(e.connectionId)) {
                    ack(e);
                }
            }
            case POLL -> {
                if (ExecChannel.isExec(e.connectionId) && e.topic == RestTopic.OPEN_ORDERS) {
                    openOrders(e);
                }
            }
            case CONTROL -> {
                if (ExecChannel.isExec(e.connectionId)) {
                    control(e);
                }
            }
        }
    }

    private ExecMessage begin(final RingEvent e, final ExecMessageKind kind) {
        final ExecMessage m = sink.claim();
        m.kind = kind;
        m.sequence = e.sequence;
        m.timeMs = e.recvTimeNanos / NANOS_PER_MILLI;
        m.topic = e.topic;
        if (ExecChannel.isExec(e.connectionId)) {
            m.commandId = ExecChannel.commandOf(e.connectionId);
        }
        return m;
    }

    private void intent(final RingEvent e) {
        final byte[] name = symbols.nameBytes(e.intent.symbolId);
        final ExecMessage m = begin(e, ExecMessageKind.INTENT);
        m.intent.copyFrom(e.intent);
        final int n = Math.min(name.length, ExecMessage.SYMBOL_CAPACITY);
        System.arraycopy(name, 0, m.symbol, 0, n);
        m.symbolLength = n;
        m.decoded = true;
        sink.post(m);
    }

    private void ack(final RingEvent e) {
        final ExecMessage m = begin(e, ExecMessageKind.ACK);
        m.decoded = e.decoded == DecodedKind.ORDER_ACK;
        if (m.decoded) {
            m.ack.copyFrom(e.ack);
            m.order.copyFrom(e.order);
            m.leverage.symbolId = e.leverage.symbolId;
            m.leverage.longLeverage = e.leverage.longLeverage;
            m.leverage.shortLeverage = e.leverage.shortLeverage;
            m.leverage.marginMode = e.leverage.marginMode;
        }
        sink.post(m);
    }

    private void openOrders(final RingEvent e) {
        final ExecMessage m = begin(e, ExecMessageKind.OPEN_ORDERS);
        m.decoded = e.decoded == DecodedKind.OPEN_ORDERS_SNAPSHOT;
        if (m.decoded) {
            final OpenOrderTable t = e.openOrders;
            final int n = Math.min(t.count, ExecMessage.OPEN_ORDER_CAPACITY);
            System.arraycopy(t.orderId, 0, m.openOrderIds, 0, n);
            m.openOrderCount = n;
            m.openOrdersTruncated = t.count > n;
        } else {
            m.openOrderCount = -1;
        }
        sink.post(m);
    }

    private void control(final RingEvent e) {
        if (e.isOversize()) {
            return;
        }
        if (ExecControl.isTick(e.payload, e.payloadLength)) {
            sink.post(begin(e, ExecMessageKind.TICK));
        } else if (ExecControl.isSession(e.payload, e.payloadLength)) {
            final ExecMessage m = begin(e, ExecMessageKind.SESSION);
            final int n = Math.min(e.payloadLength, ExecMessage.TEXT_CAPACITY);
            System.arraycopy(e.payload, 0, m.text, 0, n);
            m.textLength = n;
            sink.post(m);
        }
    }
}
