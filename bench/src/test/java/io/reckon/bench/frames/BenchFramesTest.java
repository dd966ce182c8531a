package io.reckon.bench.frames;

import io.reckon.bench.kernel.BenchKernel;
import io.reckon.engine.reconcile.ReconcileRule;
import io.reckon.engine.reconcile.ReconcileStatus;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.EventKind;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.snapshot.SnapshotListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark inputs are what they claim to be: each named frame decodes to its event, sessions fold cleanly. */
class BenchFramesTest {
    @ParameterizedTest
    @CsvSource({
        "ORDER_TRADE_UPDATE, ORDER_UPDATE, FULL_FILL",
        "ORDER_TRADE_UPDATE_LAST_FILL, ORDER_UPDATE, FULL_FILL",
        "ACCOUNT_UPDATE_POSITIONS, ACCOUNT_UPDATE, ACCOUNT_UPDATE",
        "FUNDING_FEE, ACCOUNT_UPDATE, FUNDING",
        "PING, HEARTBEAT, HEARTBEAT"})
    void eachNamedFrameDecodesAndNormalisesToItsEvent(final BenchFrame frame, final DecodedKind decoded,
                                                      final EventKind kind) {
        final BenchKernel kernel = new BenchKernel(SnapshotListener.NONE);
        final RingEvent e = new RingEvent(4096);
        e.source = Source.WS;
        final byte[] gzip = frame.gzip();

        kernel.codec.fromWire(java.nio.ByteBuffer.wrap(gzip), true, e);
        kernel.stages.onEvent(e);

        assertEquals(decoded, e.decoded);
        assertEquals(kind, e.kind);
        assertArrayEquals(frame.json(), java.util.Arrays.copyOf(e.payload, e.payloadLength));
    }

    @Test
    void theLastFillFrameCarriesLastQuantityAndPriceAndTheAccountFrameThreePositions() {
        final BenchKernel kernel = new BenchKernel(SnapshotListener.NONE);
        final RingEvent fill = decode(kernel, BenchFrame.ORDER_TRADE_UPDATE_LAST_FILL.json());
        final RingEvent account = decode(kernel, BenchFrame.ACCOUNT_UPDATE_POSITIONS.json());

        assertTrue(fill.order.hasLastQty && fill.order.hasLastPrice);
        assertEquals(3, account.positions.count);
    }

    @Test
    void minifyDropsWhitespaceOutsideStringsOnly() {
        final byte[] json = "{ \"a\" : \"x y\\\" z\" ,\n\t\"b\": [ 1, 2 ] }".getBytes(StandardCharsets.US_ASCII);

        assertEquals("{\"a\":\"x y\\\" z\",\"b\":[1,2]}",
            new String(BenchFrames.minify(json), StandardCharsets.US_ASCII));
    }

    @Test
    void aSessionBooksEveryFillAndItsWalletAgreesWithTheKernelThroughout() {
        final List<byte[]> session = SessionFrames.session(BenchKernel.CYCLE);
        final BenchKernel kernel = new BenchKernel(SnapshotListener.NONE);
        final Set<Long> orderIds = new HashSet<>();
        int fills = 0;
        for (int i = 0; i < session.size(); i++) {
            final RingEvent e = decode(kernel, session.get(i));
            e.sequence = i;
            e.recvTimeNanos = e.eventTimeMs * 1_000_000L;
            kernel.stages.onEvent(e);
            if (e.kind.isFill()) {
                fills++;
                assertTrue(orderIds.add(e.order.orderId), "order ids are distinct");
            }
            assertTrue(kernel.stages.current().status != ReconcileStatus.ERROR, "no ERROR at frame " + i);
            if (e.decoded == DecodedKind.ACCOUNT_UPDATE) {
                assertEquals(ReconcileStatus.OK, kernel.stages.current().status(ReconcileRule.CAPITAL_VS_WALLET),
                    "K capital equals the wallet at frame " + i);
            }
        }
        assertTrue(fills > session.size() / 3, "fills booked: " + fills);
        assertEquals(0, kernel.stages.current().totalFrozenMs, "never frozen: no reconcile ERROR in a session");
    }

    private static RingEvent decode(final BenchKernel kernel, final byte[] json) {
        final RingEvent e = new RingEvent(4096);
        e.source = Source.WS;
        e.setPayload(json, 0, json.length);
        kernel.codec.decode(e);
        return e;
    }
}
