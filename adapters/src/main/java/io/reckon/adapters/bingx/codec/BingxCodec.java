package io.reckon.adapters.bingx.codec;

import io.reckon.engine.pipeline.VenueCodec;
import io.reckon.engine.pipeline.WireReader;
import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.RejectReason;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.symbol.SymbolTable;

import java.nio.ByteBuffer;

/**
 * The BingX USDT-M perpetual decoder: gzip frames and REST bodies into the ring slot's decoded groups, allocating
 * nothing on any path a healthy session takes once its symbols and assets are interned.
 *
 * <p>Stream frames (by {@code e}): ORDER_TRADE_UPDATE, ACCOUNT_UPDATE, ACCOUNT_CONFIG_UPDATE, SNAPSHOT (config with
 * {@code ac}, the retired account variant with {@code a}), listenKeyExpired (the key itself is never read), the
 * {@code Ping} text heartbeat, and {@link DecodedKind#UNKNOWN_EVENT} for any other event type. REST bodies (by
 * {@link RingEvent#topic}): v3 balance, v2 positions, v2 open orders, v2 all orders (the order history) and v2
 * income; {@code code != 0} is
 * {@link RejectReason#REST_ERROR} with the venue's code in {@link RingEvent#rejectField}. Our own order replies
 * ({@code ack}): see {@link BingxAckDecoder}; a venue refusal there is a decoded outcome, not a rejection.
 *
 * <p>Conventions: {@code null} counts as absent; {@code ""} is absent for the optional {@code p}, {@code sp},
 * {@code l}, {@code L} (and an open order's price) and {@link RejectReason#NUMBER_EMPTY} elsewhere; unknown order
 * types, execution types and statuses map to {@code OTHER}, unknown sides and margin modes to
 * {@link RejectReason#ENUM_UNKNOWN}; strings are compared as raw bytes, escapes undecoded. The first failure found
 * rejects the payload with a reason and a {@link BingxField} id; a rejected slot may hold partly written groups,
 * which is why only {@code decoded != REJECTED} is to be trusted. A payload that is not a JSON object is
 * {@link RejectReason#NOT_AN_OBJECT} when it is other JSON, {@link RejectReason#TEXT_UNKNOWN} when it is a word,
 * {@link RejectReason#MALFORMED_JSON} otherwise.
 *
 * <p>Not thread-safe: one instance on the consumer thread (and one per replay); producers use
 * {@link #newWireReader()}. The slot's capacity is
 * {@code event.payload.length}.
 */
public final class BingxCodec implements VenueCodec {
    /** Largest inflated frame kept whole in {@link RingEvent#oversizePayload}. */
    public static final int DEFAULT_MAX_INFLATED_BYTES = 16 << 20;

    private static final byte[] PING = Ascii.bytes("Ping");
    private static final byte[] NO_BYTES = new byte[0];

    private final int maxInflatedBytes;
    private final BingxWireReader wire;
    private final FieldReader in = new FieldReader();
    private final BingxStreamDecoder stream;
    private final BingxRestDecoder rest;
    private final BingxAckDecoder ack;

    /** Holds kept gzip bytes while they are inflated a second time (cold path, grown on demand). */
    private byte[] scratch = NO_BYTES;
    private ByteBuffer scratchBuffer = ByteBuffer.wrap(NO_BYTES);

    /**
     * @param symbols the shared symbol table ("BTC-USDT" to an int)
     * @param assets  the shared asset table ("USDT" to an int)
     */
    public BingxCodec(final SymbolTable symbols, final SymbolTable assets) {
        this(symbols, assets, DEFAULT_MAX_INFLATED_BYTES);
    }

    /**
     * @param maxInflatedBytes the largest inflated frame kept whole when it exceeds the slot; a frame inflating
     *                         beyond it (a gzip bomb) keeps its raw bytes, and both are rejected as too large
     */
    public BingxCodec(final SymbolTable symbols, final SymbolTable assets, final int maxInflatedBytes) {
        this.maxInflatedBytes = maxInflatedBytes;
        this.wire = new BingxWireReader(maxInflatedBytes);
        this.stream = new BingxStreamDecoder(in, symbols, assets);
        this.rest = new BingxRestDecoder(in, symbols, assets);
        this.ack = new BingxAckDecoder(in, symbols);
    }

    /**
     * Reads a socket frame into the slot with this codec's own {@link BingxWireReader}, then decodes it: the live
     * path of one thread in one call, for tests and benchmarks. The pipeline splits the two (producers read, the
     * consumer decodes). The caller has set the envelope, {@code source = WS} included.
     */
    public void fromWire(final ByteBuffer frame, final boolean binary, final RingEvent into) {
        wire.read(frame, binary, into);
        decode(into);
    }

    @Override
    public WireReader newWireReader() {
        return new BingxWireReader(maxInflatedBytes);
    }

    /**
     * Decodes the slot's payload by {@link RingEvent#source}. A slot holding kept gzip bytes is inflated again
     * (allocating scratch space on that cold path), so replay meets the same failure for the same reason.
     */
    @Override
    public void decode(final RingEvent event) {
        event.clearDecoded();
        switch (event.source) {
            case WS:
                decodeVenuePayload(event, true);
                break;
            case POLL:
                decodeVenuePayload(event, false);
                break;
            case INTENT:
                event.decoded = DecodedKind.INTENT;
                break;
            case ACK:
                decodeAck(event);
                break;
            case CONTROL:
                event.decoded = DecodedKind.CONTROL;
                break;
        }
    }

    @Override
    public String fieldName(final int fieldId) {
        return BingxField.name(fieldId);
    }

    private void decodeVenuePayload(final RingEvent event, final boolean isStream) {
        if (event.compressed) {
            final int error = reinflate(event);
            if (error != 0) {
                event.rejectAs(error == GzipInflater.ERR_TOO_LARGE
                    ? RejectReason.FRAME_TOO_LARGE : RejectReason.GZIP_CORRUPT, BingxField.NONE);
                return;
            }
        }
        if (event.isOversize()) {
            event.rejectAs(RejectReason.FRAME_TOO_LARGE, BingxField.NONE);
            return;
        }
        in.begin(event, event.payload, 0, event.payloadLength);
        if (in.cur.peek() != '{') {
            notAnObject(event, isStream);
        } else if (isStream) {
            stream.decode(event);
            if (event.decoded == DecodedKind.LISTEN_KEY_EXPIRED) {
                ListenKeyRedaction.scrub(event.payload, event.payloadLength);
            }
        } else {
            rest.decode(event);
        }
    }

    /** Our own order replies: see {@link BingxAckDecoder}. */
    private void decodeAck(final RingEvent event) {
        if (event.isOversize()) {
            event.rejectAs(RejectReason.FRAME_TOO_LARGE, BingxField.NONE);
            return;
        }
        in.begin(event, event.payload, 0, event.payloadLength);
        if (in.cur.peek() != '{') {
            notAnObject(event, false);
        } else {
            ack.decode(event);
        }
    }

    private int reinflate(final RingEvent event) {
        final byte[] raw = event.isOversize() ? event.oversizePayload : event.payload;
        final int length = event.isOversize() ? raw.length : event.payloadLength;
        if (scratch.length < length) {
            scratch = new byte[length];
            scratchBuffer = ByteBuffer.wrap(scratch);
        }
        System.arraycopy(raw, 0, scratch, 0, length);
        scratchBuffer.limit(length).position(0);
        return wire.ingestGzip(scratchBuffer, event);
    }

    private void notAnObject(final RingEvent event, final boolean isStream) {
        final JsonCursor cur = in.cur;
        final int first = cur.peek();
        final int start = cur.position();
        if (first < 0) {
            in.malformed();
            return;
        }
        if (isStream && cur.startsWith(PING)) {
            cur.seek(start + PING.length);
            if (cur.atEnd()) {
                event.decoded = DecodedKind.HEARTBEAT;
                return;
            }
            cur.seek(start);
        }
        if (cur.readValue() && cur.atEnd()) {
            event.rejectAs(RejectReason.NOT_AN_OBJECT, BingxField.NONE);
        } else if ((first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z')) {
            event.rejectAs(RejectReason.TEXT_UNKNOWN, BingxField.NONE);
        } else {
            in.malformed();
        }
    }
}
