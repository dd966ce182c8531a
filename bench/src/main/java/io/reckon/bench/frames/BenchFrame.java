package io.reckon.bench.frames;

/**
 * The BingX frames the decode and inflate benchmarks measure, one per event shape the issue names. Where each comes
 * from is in {@code src/main/resources/io/reckon/bench/frames/SOURCES.md}.
 */
public enum BenchFrame {
    /** A market order filled; no {@code l}/{@code L}, as every captured BingX frame. */
    ORDER_TRADE_UPDATE("order_trade_update.json"),
    /** The same fill with the last-fill quantity and price. */
    ORDER_TRADE_UPDATE_LAST_FILL("order_trade_update_last_fill.json"),
    /** An account update after a fill: one balance, three positions. */
    ACCOUNT_UPDATE_POSITIONS("account_update_positions.json"),
    /** Funding charged: an account update with reason FUNDING_FEE and a balance only. */
    FUNDING_FEE("funding_fee.json"),
    /** The text heartbeat. */
    PING("ping.txt");

    private final String resource;

    BenchFrame(final String resource) {
        this.resource = resource;
    }

    /** The frame's payload as BingX sends it: compact JSON (or the bare word {@code Ping}). Allocates. */
    public byte[] json() {
        return BenchFrames.minify(BenchFrames.resource(resource));
    }

    /** The payload gzip-compressed, as it arrives on the socket. Allocates. */
    public byte[] gzip() {
        return BenchFrames.gzip(json());
    }
}
