package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OrderFields;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every frame of the shared corpus through the BingX decoder: kinds for all, exact values for BingX's own. */
class BingxCorpusTest {
    /** file, decoded kind, and for rejections the reason and field. Binance frames decode where shapes match. */
    private static final String OUTCOMES = """
        frames/binance_account_config_update_01.json ACCOUNT_CONFIG
        frames/binance_account_config_update_02.json REJECTED MISSING_FIELD ac
        frames/binance_account_config_update_03.json ACCOUNT_CONFIG
        frames/binance_account_config_update_04.json REJECTED MISSING_FIELD ac
        frames/binance_account_update_01.json ACCOUNT_UPDATE
        frames/binance_account_update_02.json ACCOUNT_UPDATE
        frames/binance_account_update_03.json ACCOUNT_UPDATE
        frames/binance_account_update_04.json ACCOUNT_UPDATE
        frames/binance_account_update_05.json ACCOUNT_UPDATE
        frames/binance_account_update_06.json ACCOUNT_UPDATE
        frames/binance_account_update_07.json ACCOUNT_UPDATE
        frames/binance_account_update_09.json ACCOUNT_UPDATE
        frames/binance_algo_update_01.json UNKNOWN_EVENT
        frames/binance_algo_update_02.json UNKNOWN_EVENT
        frames/binance_algo_update_03.json UNKNOWN_EVENT
        frames/binance_algo_update_04.json UNKNOWN_EVENT
        frames/binance_algo_update_05.json UNKNOWN_EVENT
        frames/binance_algo_update_06.json UNKNOWN_EVENT
        frames/binance_algo_update_07.json UNKNOWN_EVENT
        frames/binance_algo_update_08.json UNKNOWN_EVENT
        frames/binance_algo_update_09.json UNKNOWN_EVENT
        frames/binance_conditional_order_trigger_reject_01.json UNKNOWN_EVENT
        frames/binance_listen_key_expired_01.json LISTEN_KEY_EXPIRED
        frames/binance_margin_call_01.json UNKNOWN_EVENT
        frames/binance_order_trade_update_01.json ORDER_UPDATE
        frames/binance_order_trade_update_02.json ORDER_UPDATE
        frames/binance_order_trade_update_08.json ORDER_UPDATE
        frames/binance_order_trade_update_09.json ORDER_UPDATE
        frames/binance_trade_lite_01.json UNKNOWN_EVENT
        frames/binance_trade_lite_02.json UNKNOWN_EVENT
        frames/bingx_account_update_01.json ACCOUNT_UPDATE
        frames/bingx_listen_key_expired_01.json LISTEN_KEY_EXPIRED
        frames/bingx_order_trade_update_01.json ORDER_UPDATE
        frames/bingx_order_trade_update_02.json REJECTED ORDER_ID_OVERFLOW o.i
        frames/bingx_snapshot_01.json CONFIG_SNAPSHOT
        frames/bingx_spot_account_update_01.json ACCOUNT_UPDATE
        frames_reconstructed/binance_account_update_08.json ACCOUNT_UPDATE
        frames_reconstructed/binance_listen_key_expired_doc_02.json LISTEN_KEY_EXPIRED
        frames_reconstructed/binance_order_trade_update_04.json ORDER_UPDATE
        frames_reconstructed/binance_order_trade_update_05.json ORDER_UPDATE
        frames_reconstructed/binance_order_trade_update_06.json ORDER_UPDATE
        frames_reconstructed/binance_order_trade_update_07.json ORDER_UPDATE
        frames_reconstructed/binance_order_trade_update_doc_03.json ORDER_UPDATE
        frames_reconstructed/bingx_account_config_update_doc_01.json ACCOUNT_CONFIG
        frames_reconstructed/bingx_account_update_doc_01.json ACCOUNT_UPDATE
        frames_reconstructed/bingx_order_trade_update_03.json ORDER_UPDATE
        frames_reconstructed/bingx_order_trade_update_doc_01.json ORDER_UPDATE
        frames_synthetic_third_party/binance_algo_update_s01.json UNKNOWN_EVENT
        frames_synthetic_third_party/binance_order_trade_update_s01.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s02.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s03.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s04.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s05.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s06.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s07.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s08.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s09.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s10.json ORDER_UPDATE
        frames_synthetic_third_party/binance_order_trade_update_s11.json ORDER_UPDATE
        frames_unattributed/binance_account_update_u01.json ACCOUNT_UPDATE
        frames_unattributed/binance_account_update_u02.json ACCOUNT_UPDATE
        frames_unattributed/binance_account_update_u03.json ACCOUNT_UPDATE
        frames_unattributed/binance_order_trade_update_u01.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u02.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u03.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u04.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u05.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u06.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u07.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u08.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u09.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u10.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u11.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u12.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u13.json ORDER_UPDATE
        frames_unattributed/binance_order_trade_update_u14.json ORDER_UPDATE
        frames_unattributed/binance_trade_lite_u01.json UNKNOWN_EVENT
        frames_unattributed/binance_trade_lite_u02.json UNKNOWN_EVENT
        """;

    private static final Map<String, String[]> EXPECTED = OUTCOMES.lines()
        .map(String::trim)
        .filter(l -> !l.isEmpty())
        .map(l -> l.split(" "))
        .collect(Collectors.toMap(p -> p[0], p -> p, (a, b) -> a, TreeMap::new));

    private final CodecFixture f = new CodecFixture();

    static List<String> frames() {
        return Corpus.frames();
    }

    @Test
    void everyCorpusFrameHasAnExpectedOutcome() {
        assertEquals(EXPECTED.keySet(), new java.util.TreeSet<>(Corpus.frames()));
    }

    @ParameterizedTest
    @MethodSource("frames")
    void decodesEveryCorpusFrameToItsExpectedOutcomeWithoutThrowing(final String file) {
        final String[] expected = EXPECTED.get(file);
        final RingEvent e = assertDoesNotThrow(() -> f.ws(Corpus.frame(file)));

        assertEquals(DecodedKind.valueOf(expected[1]), e.decoded, file);
        if (e.decoded == DecodedKind.REJECTED) {
            assertEquals(RejectReason.valueOf(expected[2]), e.reject, file);
            assertEquals(expected[3], f.codec.fieldName(e.rejectField), file);
        } else {
            assertEquals(RejectReason.NONE, e.reject, file);
        }
    }

    @ParameterizedTest
    @MethodSource("frames")
    void decodesEveryFrameIdenticallyFromTheWireGzippedOrAsText(final String file) {
        final byte[] json = Corpus.frame(file);
        f.ws(json);
        final String replayed = f.describe();

        f.wire(json, false);
        assertEquals(replayed, f.describe(), "text frame");
        f.wire(Gzip.jdk(json), true);
        assertEquals(replayed, f.describe(), "gzip frame");
        assertFalse(f.event.compressed);
        f.wire(ByteBuffer.allocateDirect(json.length + 64).put(Gzip.jdk(json)).flip(), true);
        assertEquals(replayed, f.describe(), "gzip frame in a direct buffer");
        f.wire(Gzip.withFlags(json, Gzip.FNAME | Gzip.FCOMMENT | Gzip.FEXTRA | Gzip.FHCRC, new byte[] {1, 2}), true);
        assertEquals(replayed, f.describe(), "gzip frame with every header field");
    }

    @Test
    void ccxtMarketFillHasAStringIdTradeTimeZeroAndANegativeFee() {
        final RingEvent e = f.ws(Corpus.frame("frames/bingx_order_trade_update_01.json"));
        final OrderFields o = e.order;
        assertAll(
            () -> assertEquals(DecodedKind.ORDER_UPDATE, e.decoded),
            () -> assertEquals(1696843635475L, e.eventTimeMs),
            () -> assertEquals("LTC-USDT", f.symbol(o.symbolId)),
            () -> assertEquals(0, o.clientOrderIdLength),
            () -> assertEquals(1711312357852147712L, o.orderId),
            () -> assertEquals(Side.BUY, o.side),
            () -> assertEquals(OrderType.MARKET, o.type),
            () -> assertEquals(10_000_000L, o.quantity),
            () -> assertTrue(o.hasPrice),
            () -> assertEquals(6_435_010_000L, o.price),
            () -> assertEquals(6_436_000_000L, o.averagePrice),
            () -> assertEquals(0L, o.stopPrice),
            () -> assertEquals(ExecType.TRADE, o.execType),
            () -> assertEquals(OrderStatus.FILLED, o.status),
            () -> assertEquals("USDT", f.asset(o.feeAssetId)),
            () -> assertTrue(o.hasFee),
            () -> assertEquals(-321_800L, o.fee),
            () -> assertEquals(0L, o.tradeTimeMs),
            () -> assertEquals(PositionSide.LONG, o.positionSide),
            () -> assertEquals(0L, o.realizedPnl),
            () -> assertEquals(10_000_000L, o.cumulativeQty),
            () -> assertFalse(o.hasLastQty),
            () -> assertFalse(o.hasLastPrice),
            () -> assertFalse(o.reduceOnly));
    }

    @Test
    void triggerOrderWithA21DigitIdIsRejectedAsOrderIdOverflow() {
        final RingEvent e = f.ws(Corpus.frame("frames/bingx_order_trade_update_02.json"));
        assertEquals(DecodedKind.REJECTED, e.decoded);
        assertEquals(RejectReason.ORDER_ID_OVERFLOW, e.reject);
        assertEquals("o.i", f.codec.fieldName(e.rejectField));
        assertEquals(1706736600541L, e.eventTimeMs);
    }

    @Test
    void bchOneWayFillCarriesRealizedPnlAndAStopPriceOfZero() {
        final RingEvent e = f.ws(Corpus.frame("frames_reconstructed/bingx_order_trade_update_03.json"));
        final OrderFields o = e.order;
        assertAll(
            () -> assertEquals(DecodedKind.ORDER_UPDATE, e.decoded),
            () -> assertEquals(1710303599597L, e.eventTimeMs),
            () -> assertEquals("BCH-USDT", f.symbol(o.symbolId)),
            () -> assertEquals(1767767539205742592L, o.orderId),
            () -> assertEquals(Side.SELL, o.side),
            () -> assertEquals(OrderType.MARKET, o.type),
            () -> assertEquals(2_000_000L, o.quantity),
            () -> assertEquals(43_712_006_772L, o.price),
            () -> assertEquals(0L, o.stopPrice),
            () -> assertEquals(43_710_000_000L, o.averagePrice),
            () -> assertEquals(ExecType.TRADE, o.execType),
            () -> assertEquals(OrderStatus.FILLED, o.status),
            () -> assertEquals(-437_100L, o.fee),
            () -> assertEquals(0L, o.tradeTimeMs),
            () -> assertEquals(PositionSide.BOTH, o.positionSide),
            () -> assertEquals(-100_000L, o.realizedPnl),
            () -> assertEquals(2_000_000L, o.cumulativeQty));
    }

    @Test
    void docFillHasANumericIdARealTradeTimeAndZeroCumulativeQuantity() {
        final RingEvent e = f.ws(Corpus.frame("frames_reconstructed/bingx_order_trade_update_doc_01.json"));
        final OrderFields o = e.order;
        assertAll(
            () -> assertEquals(DecodedKind.ORDER_UPDATE, e.decoded),
            () -> assertEquals(1676973375161L, e.eventTimeMs),
            () -> assertEquals("LINK-USDT", f.symbol(o.symbolId)),
            () -> assertEquals(1627970445070303232L, o.orderId),
            () -> assertEquals(Side.SELL, o.side),
            () -> assertEquals(500_000_000L, o.quantity),
            () -> assertEquals(782_700_000L, o.price),
            () -> assertEquals(782_690_000L, o.averagePrice),
            () -> assertEquals(OrderStatus.FILLED, o.status),
            () -> assertEquals(-1_369_708L, o.fee),
            () -> assertEquals(1676973375149L, o.tradeTimeMs),
            () -> assertEquals(PositionSide.SHORT, o.positionSide),
            () -> assertEquals(0L, o.cumulativeQty));
    }

    @Test
    void withdrawalUpdateHasTheUsdtRowAndNoPositions() {
        final RingEvent e = f.ws(Corpus.frame("frames/bingx_account_update_01.json"));
        assertAll(
            () -> assertEquals(DecodedKind.ACCOUNT_UPDATE, e.decoded),
            () -> assertEquals(1696244249320L, e.eventTimeMs),
            () -> assertEquals(BalanceReason.WITHDRAW, e.balance.reason),
            () -> assertTrue(e.balance.present),
            () -> assertEquals("USDT", f.asset(e.balance.assetId)),
            () -> assertEquals(4_981_083_984L, e.balance.walletBalance),
            () -> assertEquals(4_981_083_984L, e.balance.crossWallet),
            () -> assertEquals(-100_000_000L, e.balance.balanceChange),
            () -> assertTrue(e.balance.hasBalanceChange),
            () -> assertEquals(0, e.positions.count));
    }

    @Test
    void docAccountUpdateKeepsAnUnsignedShortSize() {
        final RingEvent e = f.ws(Corpus.frame("frames_reconstructed/bingx_account_update_doc_01.json"));
        assertAll(
            () -> assertEquals(DecodedKind.ACCOUNT_UPDATE, e.decoded),
            () -> assertEquals(1676603102163L, e.eventTimeMs),
            () -> assertEquals(BalanceReason.ORDER, e.balance.reason),
            () -> assertEquals(527_759_264_687L, e.balance.walletBalance),
            () -> assertEquals(523_321_709_203L, e.balance.crossWallet),
            () -> assertEquals(0L, e.balance.balanceChange),
            () -> assertTrue(e.balance.hasBalanceChange),
            () -> assertEquals(1, e.positions.count),
            () -> assertEquals("LINK-USDT", f.symbol(e.positions.symbolId[0])),
            () -> assertEquals(PositionSide.SHORT, e.positions.side[0]),
            () -> assertEquals(10_884_300_000L, e.positions.size[0]),
            () -> assertEquals(725_620_000L, e.positions.entryPrice[0]),
            () -> assertEquals(142_220_000L, e.positions.unrealizedPnl[0]),
            () -> assertEquals(MarginMode.ISOLATED, e.positions.marginMode[0]),
            () -> assertEquals(2_319_081_642L, e.positions.isolatedMargin[0]),
            () -> assertEquals(0L, e.positions.realizedPnl[0]));
    }

    @Test
    void spotAccountUpdateRoundsTwentyFractionalDigitsAndHasNoPositionKey() {
        final RingEvent e = f.ws(Corpus.frame("frames/bingx_spot_account_update_01.json"));
        assertAll(
            () -> assertEquals(DecodedKind.ACCOUNT_UPDATE, e.decoded),
            () -> assertEquals(1696242817000L, e.eventTimeMs),
            () -> assertEquals(BalanceReason.ASSET_TRANSFER, e.balance.reason),
            () -> assertEquals(8_659_497_382L, e.balance.walletBalance),
            () -> assertEquals(8_659_497_382L, e.balance.crossWallet),
            () -> assertEquals(-100_000_000L, e.balance.balanceChange),
            () -> assertEquals(0, e.positions.count));
    }

    @Test
    void configUpdateCarriesLongAndShortLeverage() {
        final RingEvent e = f.ws(Corpus.frame("frames_reconstructed/bingx_account_config_update_doc_01.json"));
        assertAll(
            () -> assertEquals(DecodedKind.ACCOUNT_CONFIG, e.decoded),
            () -> assertEquals(1676878489992L, e.eventTimeMs),
            () -> assertEquals("BTC-USDT", f.symbol(e.leverage.symbolId)),
            () -> assertEquals(12, e.leverage.longLeverage),
            () -> assertEquals(9, e.leverage.shortLeverage),
            () -> assertEquals(MarginMode.CROSS, e.leverage.marginMode));
    }

    @Test
    void configSnapshotDecodesLikeAConfigUpdate() {
        final RingEvent e = f.ws(Corpus.frame("frames/bingx_snapshot_01.json"));
        assertAll(
            () -> assertEquals(DecodedKind.CONFIG_SNAPSHOT, e.decoded),
            () -> assertEquals(1780336019559L, e.eventTimeMs),
            () -> assertEquals("MTL-USDT", f.symbol(e.leverage.symbolId)),
            () -> assertEquals(1, e.leverage.longLeverage),
            () -> assertEquals(1, e.leverage.shortLeverage),
            () -> assertEquals(MarginMode.ISOLATED, e.leverage.marginMode));
    }

    @Test
    void listenKeyExpiryKeepsTheTimeAndNotTheKey() {
        final int symbolsBefore = f.symbols.size();
        final int assetsBefore = f.assets.size();
        final RingEvent e = f.ws(Corpus.frame("frames/bingx_listen_key_expired_01.json"));
        assertEquals(DecodedKind.LISTEN_KEY_EXPIRED, e.decoded);
        assertEquals(1676964520421L, e.eventTimeMs);
        assertEquals(symbolsBefore, f.symbols.size());
        assertEquals(assetsBefore, f.assets.size());
        assertEquals(0, e.order.clientOrderIdLength);
    }
}
