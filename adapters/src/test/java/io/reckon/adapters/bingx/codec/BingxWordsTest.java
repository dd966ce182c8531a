package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.IncomeType;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.Side;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packed-word matching against the words spelled out: every known word and its near misses, in any ASCII
 * case, inside a longer array (one eight-byte load) and at the very end of one (read byte by byte).
 */
class BingxWordsTest {
    private static final Map<String, Side> SIDES = Map.of("BUY", Side.BUY, "SELL", Side.SELL);
    private static final Map<String, PositionSide> POSITION_SIDES =
        Map.of("LONG", PositionSide.LONG, "SHORT", PositionSide.SHORT, "BOTH", PositionSide.BOTH);
    private static final Map<String, MarginMode> MARGIN_MODES =
        Map.of("ISOLATED", MarginMode.ISOLATED, "CROSS", MarginMode.CROSS, "CROSSED", MarginMode.CROSS);
    private static final Map<String, OrderStatus> STATUSES = Map.of("NEW", OrderStatus.NEW, "PENDING",
        OrderStatus.NEW, "PARTIALLY_FILLED", OrderStatus.PARTIALLY_FILLED, "FILLED", OrderStatus.FILLED, "CANCELED",
        OrderStatus.CANCELED, "CANCELLED", OrderStatus.CANCELED, "EXPIRED", OrderStatus.EXPIRED, "REJECTED",
        OrderStatus.REJECTED);
    private static final Map<String, ExecType> EXEC_TYPES = Map.of("TRADE", ExecType.TRADE, "NEW", ExecType.NEW,
        "CANCELED", ExecType.CANCELED, "CANCELLED", ExecType.CANCELED, "EXPIRED", ExecType.EXPIRED, "CALCULATED",
        ExecType.CALCULATED);
    private static final Map<String, OrderType> ORDER_TYPES = Map.ofEntries(entry("MARKET", OrderType.MARKET),
        entry("LIMIT", OrderType.LIMIT), entry("STOP", OrderType.STOP), entry("STOP_MARKET", OrderType.STOP_MARKET),
        entry("TAKE_PROFIT", OrderType.TAKE_PROFIT), entry("TAKE_PROFIT_MARKET", OrderType.TAKE_PROFIT_MARKET),
        entry("TRIGGER_LIMIT", OrderType.TRIGGER_LIMIT), entry("TRIGGER_MARKET", OrderType.TRIGGER_MARKET),
        entry("TRAILING_STOP_MARKET", OrderType.TRAILING_STOP_MARKET),
        entry("TRAILING_TP_SL", OrderType.TRAILING_TP_SL), entry("LIQUIDATION", OrderType.LIQUIDATION));
    private static final Map<String, BalanceReason> REASONS = Map.of("ORDER", BalanceReason.ORDER, "FUNDING_FEE",
        BalanceReason.FUNDING_FEE, "DEPOSIT", BalanceReason.DEPOSIT, "WITHDRAW", BalanceReason.WITHDRAW,
        "ASSET_TRANSFER", BalanceReason.ASSET_TRANSFER);
    private static final Map<String, IncomeType> INCOME_TYPES = Map.of("FUNDING_FEE", IncomeType.FUNDING_FEE,
        "REALIZED_PNL", IncomeType.REALIZED_PNL, "TRADING_FEE", IncomeType.TRADING_FEE, "TRANSFER",
        IncomeType.TRANSFER);

    private interface Match<T> {
        T apply(byte[] b, int s, int n);
    }

    /** Every known word, each cut short, lengthened, and with one byte changed, plus odd bytes. */
    private static List<String> candidates() {
        final List<String> words = new ArrayList<>();
        for (final Map<String, ?> m : List.of(SIDES, POSITION_SIDES, MARGIN_MODES, STATUSES, EXEC_TYPES, ORDER_TYPES,
            REASONS, INCOME_TYPES)) {
            words.addAll(m.keySet());
        }
        final List<String> all = new ArrayList<>();
        for (final String w : words) {
            all.add(w);
            all.add(w.toLowerCase(Locale.ROOT));
            all.add(Character.toLowerCase(w.charAt(0)) + w.substring(1));
            all.add(w.substring(0, w.length() - 1));
            all.add(w + "S");
            all.add(w + "\u00e9");
            all.add(w.substring(0, w.length() - 1) + (char) (w.charAt(w.length() - 1) ^ 0x20));
            all.add(w.substring(0, w.length() - 1) + (char) (w.charAt(w.length() - 1) + 1));
            all.add("{" + w.substring(1));
            all.add("`" + w.substring(1));
        }
        all.addAll(List.of("", "B", "@UY", "[UY", "BU\u0000", "\u00ff\u00ff\u00ff", "CROSS\u00c9D", "12345678",
            "123456789"));
        return all;
    }

    /** The word as a venue spells it, with nothing but ASCII upper-casing: the behaviour the codec documents. */
    private static <T> T expected(final Map<String, T> words, final String word, final T otherwise) {
        final boolean ascii = word.chars().allMatch(c -> c < 0x80);
        final String upper = ascii ? word.toUpperCase(Locale.ROOT) : word;
        return words.getOrDefault(upper, otherwise);
    }

    private static <T> void agrees(final Map<String, T> words, final T otherwise, final Match<T> match) {
        for (final String word : candidates()) {
            final byte[] exact = word.getBytes(StandardCharsets.UTF_8);
            final byte[] padded = ("\"" + word + "\",\"xyzxyzxyz\"").getBytes(StandardCharsets.UTF_8);
            final T want = expected(words, word, otherwise);
            assertEquals(want, match.apply(exact, 0, exact.length), "at the array end: " + word);
            assertEquals(want, match.apply(padded, 1, exact.length), "inside the array: " + word);
        }
    }

    @Test
    void sidesAndMarginModesMatchTheirWordsInAnyCaseAndNothingElse() {
        agrees(SIDES, null, BingxWords::side);
        agrees(POSITION_SIDES, null, BingxWords::positionSide);
        agrees(MARGIN_MODES, null, BingxWords::marginMode);
    }

    @Test
    void openWordSetsMapUnknownWordsToTheirCatchAll() {
        agrees(STATUSES, OrderStatus.OTHER, BingxWords::status);
        agrees(EXEC_TYPES, ExecType.OTHER, BingxWords::execType);
        agrees(ORDER_TYPES, OrderType.OTHER, BingxWords::orderType);
        agrees(REASONS, BalanceReason.OTHER_TRANSFER, BingxWords::balanceReason);
        agrees(INCOME_TYPES, IncomeType.OTHER, BingxWords::incomeType);
    }

    @Test
    void onlyAsciiLettersAreFolded() {
        final Function<String, Long> upper = w -> {
            final byte[] b = w.getBytes(StandardCharsets.ISO_8859_1);
            return BingxWords.upper(b, 0, b.length);
        };
        assertEquals(upper.apply("AZ@[`{_"), upper.apply("az@[`{_"));
        assertEquals(BingxWords.NOT_A_WORD, upper.apply("ab\u00e1"));
        assertEquals(BingxWords.NOT_A_WORD, upper.apply(""));
        assertEquals(BingxWords.NOT_A_WORD, upper.apply("ABCDEFGHI"));
        assertEquals(0x5A41L, upper.apply("aZ"));
    }
}
