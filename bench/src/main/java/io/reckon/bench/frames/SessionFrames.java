package io.reckon.bench.frames;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Distinct frames for the benchmarks that fold many events: round trips of 0.1 LTC on the long side (a BUY fill
 * opens, a SELL fill closes), shaped key for key like the captured ORDER_TRADE_UPDATE, with the ACCOUNT_UPDATE
 * BingX sends after each fill and now and then a funding fee. Every order id and event time differs, and the
 * wallet in the account frames follows the fills, fees and funding exactly, so the kernel books every fill and
 * reconciles K against E as it would live. Set-up work: allocates.
 */
public final class SessionFrames {
    /** Seed capital the wallet starts from, in USDT; the kernel under benchmark is seeded with the same. */
    public static final String SEED_USDT = "1000";
    public static final String SYMBOL = "LTC-USDT";

    private static final BigDecimal QTY = new BigDecimal("0.10000000");
    private static final BigDecimal FEE_RATE = new BigDecimal("0.0005");
    private static final BigDecimal FUNDING = new BigDecimal("0.00292000");
    private static final long FIRST_ORDER_ID = 1711312357852147712L;
    private static final long FIRST_EVENT_MS = 1696843635475L;
    private static final int FUNDING_EVERY = 16;

    private SessionFrames() {
    }

    /** {@code count} fills alone (open, close, open, ...), each of a new order. */
    public static List<byte[]> fills(final int count) {
        final List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final int trip = i / 2;
            final boolean open = i % 2 == 0;
            out.add(fill(trip, open, FIRST_EVENT_MS + 250L * i));
        }
        return out;
    }

    /** {@code count} frames of a session: fills, each followed by its account update, funding every 16 trips. */
    public static List<byte[]> session(final int count) {
        final List<byte[]> out = new ArrayList<>(count);
        BigDecimal wallet = new BigDecimal(SEED_USDT).setScale(8, RoundingMode.UNNECESSARY);
        int trip = 0;
        long eventMs = FIRST_EVENT_MS;
        while (out.size() < count) {
            final BigDecimal openPrice = openPrice(trip);
            final BigDecimal openFee = fee(openPrice);
            out.add(fill(trip, true, eventMs += 250));
            wallet = wallet.subtract(openFee);
            out.add(account(eventMs += 5, "ORDER", wallet, openFee.negate(), QTY, openPrice));
            final BigDecimal closePrice = closePrice(trip);
            final BigDecimal closeFee = fee(closePrice);
            final BigDecimal realized = closePrice.subtract(openPrice).multiply(QTY).setScale(8, RoundingMode.HALF_UP);
            out.add(fill(trip, false, eventMs += 250));
            wallet = wallet.add(realized).subtract(closeFee);
            out.add(account(eventMs += 5, "ORDER", wallet, realized.subtract(closeFee), BigDecimal.ZERO,
                BigDecimal.ZERO));
            if (trip % FUNDING_EVERY == FUNDING_EVERY - 1) {
                wallet = wallet.subtract(FUNDING);
                out.add(account(eventMs += 5, "FUNDING_FEE", wallet, FUNDING.negate(), null, null));
            }
            trip++;
        }
        return new ArrayList<>(out.subList(0, count));
    }

    private static BigDecimal openPrice(final int trip) {
        return new BigDecimal("64.36000000").add(new BigDecimal(trip % 50).movePointLeft(2));
    }

    /** Winning and losing trips alternate, so realized PnL has both signs. */
    private static BigDecimal closePrice(final int trip) {
        return openPrice(trip).add(new BigDecimal(trip % 2 == 0 ? "0.05" : "-0.03"));
    }

    private static BigDecimal fee(final BigDecimal price) {
        return price.multiply(QTY).multiply(FEE_RATE).setScale(8, RoundingMode.HALF_UP);
    }

    private static byte[] fill(final int trip, final boolean open, final long eventMs) {
        final BigDecimal price = open ? openPrice(trip) : closePrice(trip);
        final BigDecimal realized = open ? BigDecimal.ZERO
            : closePrice(trip).subtract(openPrice(trip)).multiply(QTY).setScale(8, RoundingMode.HALF_UP);
        final String json = "{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":" + eventMs + ",\"o\":{\"s\":\"" + SYMBOL
            + "\",\"c\":\"\",\"i\":\"" + (FIRST_ORDER_ID + 2L * trip + (open ? 0 : 1)) + "\",\"S\":\""
            + (open ? "BUY" : "SELL") + "\",\"o\":\"MARKET\",\"q\":\"" + plain(QTY) + "\",\"p\":\"" + plain(price)
            + "\",\"ap\":\"" + plain(price) + "\",\"x\":\"TRADE\",\"X\":\"FILLED\",\"N\":\"USDT\",\"n\":\""
            + plain(fee(price).negate()) + "\",\"T\":0,\"wt\":\"MARK_PRICE\",\"ps\":\"LONG\",\"rp\":\""
            + plain(realized) + "\",\"z\":\"" + plain(QTY) + "\"}}";
        return json.getBytes(StandardCharsets.US_ASCII);
    }

    /** An account update; {@code size} null leaves positions out (funding, as BingX's cross-margin rule says). */
    private static byte[] account(final long eventMs, final String reason, final BigDecimal wallet,
                                  final BigDecimal change, final BigDecimal size, final BigDecimal entry) {
        final StringBuilder json = new StringBuilder(256);
        json.append("{\"e\":\"ACCOUNT_UPDATE\",\"E\":").append(eventMs).append(",\"a\":{\"m\":\"").append(reason)
            .append("\",\"B\":[{\"a\":\"USDT\",\"wb\":\"").append(plain(wallet)).append("\",\"cw\":\"")
            .append(plain(wallet)).append("\",\"bc\":\"").append(plain(change)).append("\"}]");
        if (size != null) {
            json.append(",\"P\":[{\"s\":\"").append(SYMBOL).append("\",\"pa\":\"").append(plain(size))
                .append("\",\"ep\":\"").append(plain(entry))
                .append("\",\"up\":\"0.00000000\",\"mt\":\"cross\",\"iw\":\"0.00000000\",\"ps\":\"LONG\"}]");
        }
        json.append("}}");
        return json.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String plain(final BigDecimal v) {
        return v.setScale(8, RoundingMode.UNNECESSARY).toPlainString();
    }
}
