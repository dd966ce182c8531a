package io.reckon.bench.baseline;

import io.reckon.bench.frames.BenchFrame;
import io.reckon.bench.frames.BenchFrames;
import io.reckon.bench.frames.SessionFrames;
import io.reckon.bench.kernel.BenchKernel;
import io.reckon.engine.num.FixedPoint;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.snapshot.Snapshot;
import io.reckon.engine.snapshot.SnapshotListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The baselines do the same work as reckon, or the comparison would mean nothing: the BigDecimal fold and the naive
 * wire path reach the kernel's exact figures over a whole session, and the JSON baselines read every field.
 */
class BaselinesAgreeWithReckonTest {
    @Test
    void naiveWirePathAndKernelReachTheSameLedgerOverASession() throws IOException {
        final List<byte[]> session = SessionFrames.session(2_000);
        final BenchKernel kernel = new BenchKernel(SnapshotListener.NONE);
        final NaiveWirePath naive = new NaiveWirePath(new BigDecimal(SessionFrames.SEED_USDT),
            BenchKernel.config().defaultLeverage());
        final RingEvent e = new RingEvent(4096);
        NaiveWirePath.Snapshot last = null;
        for (int i = 0; i < session.size(); i++) {
            final byte[] gzip = BenchFrames.gzip(session.get(i));
            e.reset();
            e.source = Source.WS;
            e.sequence = i;
            kernel.codec.fromWire(ByteBuffer.wrap(gzip), true, e);
            e.recvTimeNanos = e.eventTimeMs * 1_000_000L;
            kernel.stages.onEvent(e);
            last = naive.onFrame(gzip);
            final Snapshot k = kernel.stages.current();
            assertEquals(k.capital, fixed(naive.ledger().capital()), "capital after frame " + i);
        }
        final Snapshot k = kernel.stages.current();
        assertNotNull(last);
        assertEquals(k.fees, fixed(last.ledger().fees()));
        assertEquals(k.realized, fixed(last.ledger().realized()));
        assertEquals(k.ownRealized, fixed(last.ledger().ownRealized()));
        assertEquals("OK", last.status());
    }

    @Test
    void bigDecimalFoldMatchesTheLedgerOnWeightedEntryAndPartialCloses() {
        final BigDecimalLedger ledger = new BigDecimalLedger(new BigDecimal("1000"), 10);
        ledger.fold(fill(true, "0.3", "100.123"));
        ledger.fold(fill(true, "0.7", "101.456"));
        final BigDecimalLedger.Snapshot s = ledger.fold(fill(false, "0.4", "102"));

        // entry (0.3·100.123 + 0.7·101.456) / 1.0 = 101.0561; closing 0.4 at 102 realizes 0.4 · 0.9439
        assertEquals(new BigDecimal("101.05610000"), ledger.position("LTC-USDT", "LONG")[1]);
        assertEquals(new BigDecimal("0.60000000"), ledger.position("LTC-USDT", "LONG")[0].setScale(8));
        assertEquals(0, new BigDecimal("0.37756").compareTo(s.ownRealized()));
        assertEquals(0, new BigDecimal("61.20000000").compareTo(s.openNotional()));
        assertEquals(0, new BigDecimal("6.12").compareTo(s.usedMargin()));
    }

    @Test
    void jacksonReadsTheWholeFrameIntoMaps() throws IOException {
        final byte[] json = BenchFrame.ORDER_TRADE_UPDATE.json();
        final Object decoded = new JacksonDecoder().decode(json, json.length);

        final Map<?, ?> order = (Map<?, ?>) ((Map<?, ?>) decoded).get("o");
        assertEquals("1711312357852147712", order.get("i"));
        assertEquals("-0.00321800", order.get("n"));
        assertSame(JacksonDecoder.PING, new JacksonDecoder().decode(BenchFrame.PING.json(), 4));
    }

    @Test
    void dslJsonUsesItsCompiledBindingAndReadsEveryEventType() throws IOException {
        final DslJsonDecoder dsl = new DslJsonDecoder();
        assertTrue(dsl.usesCompiledBinding(), "the converter generated at build time is found");

        final DslUserEvent fill = decode(dsl, BenchFrame.ORDER_TRADE_UPDATE_LAST_FILL);
        assertEquals(1711312357852147712L, fill.order.orderId);
        assertEquals(new BigDecimal("-0.00321800"), fill.order.fee);
        assertEquals(new BigDecimal("64.36000000"), fill.order.lastPrice);
        final DslUserEvent account = decode(dsl, BenchFrame.ACCOUNT_UPDATE_POSITIONS);
        assertEquals(3, account.account.positions.size());
        assertEquals(new BigDecimal("5277.59264687"), account.account.balances.get(0).walletBalance);
        final DslUserEvent funding = decode(dsl, BenchFrame.FUNDING_FEE);
        assertEquals("FUNDING_FEE", funding.account.reason);
        assertSame(JacksonDecoder.PING, dsl.decode(BenchFrame.PING.json(), 4));
    }

    private static DslUserEvent decode(final DslJsonDecoder dsl, final BenchFrame frame) throws IOException {
        final byte[] json = frame.json();
        return assertInstanceOf(DslUserEvent.class, dsl.decode(json, json.length));
    }

    private static BigDecimalLedger.Fill fill(final boolean buy, final String qty, final String price) {
        return new BigDecimalLedger.Fill("LTC-USDT", buy, "LONG", new BigDecimal(qty), new BigDecimal(price),
            BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static long fixed(final BigDecimal v) {
        return FixedPoint.parse(v.toPlainString());
    }
}
