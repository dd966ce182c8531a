package io.reckon.bench.baseline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Baseline for wire to snapshot on one thread, written as a user would without reckon: a new
 * {@link GZIPInputStream} per frame, Jackson into a {@code Map}, the fill size from the change in cumulative
 * quantity per order id, the fold in {@link BigDecimalLedger}, capital checked against the last wallet the venue
 * reported, and an immutable snapshot object per event. Allocates throughout, by design.
 */
public final class NaiveWirePath {
    private static final BigDecimal CAPITAL_EPSILON = new BigDecimal("0.0001");

    /** What the naive path publishes per event. */
    public record Snapshot(BigDecimalLedger.Snapshot ledger, String status, BigDecimal capitalMinusWallet) {
    }

    private final JacksonDecoder json = new JacksonDecoder();
    private final BigDecimalLedger ledger;
    private final Map<String, BigDecimal> cumulative = new HashMap<>();
    private BigDecimalLedger.Snapshot last;
    private BigDecimal wallet;

    public NaiveWirePath(final BigDecimal seed, final int leverage) {
        this.ledger = new BigDecimalLedger(seed, leverage);
    }

    /** Inflates, parses, folds and reconciles one gzip frame; returns the snapshot after it. */
    public Snapshot onFrame(final byte[] gzip) throws IOException {
        final byte[] text;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            text = in.readAllBytes();
        }
        final Object decoded = json.decode(text, text.length);
        if (decoded instanceof Map<?, ?> event) {
            final Object type = event.get("e");
            if ("ORDER_TRADE_UPDATE".equals(type)) {
                order((Map<?, ?>) event.get("o"));
            } else if ("ACCOUNT_UPDATE".equals(type)) {
                account((Map<?, ?>) event.get("a"));
            }
        }
        final BigDecimal capital = last == null ? ledger.capital() : last.capital();
        if (wallet == null) {
            return new Snapshot(last, "SKIPPED", null);
        }
        final BigDecimal delta = capital.subtract(wallet);
        return new Snapshot(last, delta.abs().compareTo(CAPITAL_EPSILON) <= 0 ? "OK" : "ERROR", delta);
    }

    public BigDecimalLedger ledger() {
        return ledger;
    }

    private void order(final Map<?, ?> o) {
        final String id = String.valueOf(o.get("i"));
        final BigDecimal z = new BigDecimal((String) o.get("z"));
        final BigDecimal delta = z.subtract(cumulative.getOrDefault(id, BigDecimal.ZERO));
        if (delta.signum() > 0) {
            final String lastPrice = (String) o.get("L");
            final BigDecimal price = new BigDecimal(lastPrice != null && !lastPrice.isEmpty()
                ? lastPrice : (String) o.get("ap"));
            last = ledger.fold(new BigDecimalLedger.Fill((String) o.get("s"), "BUY".equals(o.get("S")),
                (String) o.get("ps"), delta, price, new BigDecimal((String) o.get("n")).negate(),
                new BigDecimal((String) o.get("rp"))));
        }
        if ("FILLED".equals(o.get("X")) || "CANCELED".equals(o.get("X"))) {
            cumulative.remove(id);
        } else {
            cumulative.put(id, z);
        }
    }

    private void account(final Map<?, ?> a) {
        final Object balances = a.get("B");
        if (balances instanceof List<?> list) {
            for (final Object b : list) {
                final Map<?, ?> balance = (Map<?, ?>) b;
                if ("USDT".equals(balance.get("a"))) {
                    wallet = new BigDecimal((String) balance.get("wb"));
                    if ("FUNDING_FEE".equals(a.get("m"))) {
                        last = ledger.funding(new BigDecimal((String) balance.get("bc")).negate());
                    }
                }
            }
        }
    }
}
