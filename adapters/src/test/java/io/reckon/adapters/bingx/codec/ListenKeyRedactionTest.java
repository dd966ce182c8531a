package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.DecodedKind;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;
import io.reckon.engine.symbol.SymbolTable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListenKeyRedactionTest {

    @Test
    void listenKeyExpiredFrameLosesItsKeyBeforeItIsJournaled() {
        final String key = "53c1067059c5401e216ec0562f4e9741f49c3c18239a743653d844a50c4db6c0";
        final byte[] frame = ("{\"e\": \"listenKeyExpired\", \"E\": 1676964520421, \"listenKey\" : \"" + key + "\"}")
            .getBytes(StandardCharsets.US_ASCII);
        final SymbolTable symbols = new SymbolTable(16);
        final BingxCodec codec = new BingxCodec(symbols, symbols);
        final RingEvent event = new RingEvent(4096);
        event.source = Source.WS;
        event.setPayload(frame, 0, frame.length);

        codec.decode(event);

        final String journaled = new String(event.payload, 0, event.payloadLength, StandardCharsets.US_ASCII);
        assertEquals(DecodedKind.LISTEN_KEY_EXPIRED, event.decoded);
        assertFalse(journaled.contains(key.substring(0, 8)), journaled);
        assertTrue(journaled.contains("\"listenKey\" : \"" + "*".repeat(key.length()) + "\""), journaled);
        assertEquals(frame.length, event.payloadLength);

        codec.decode(event);
        assertEquals(DecodedKind.LISTEN_KEY_EXPIRED, event.decoded, "a redacted frame replays to the same kind");
    }

    @Test
    void framesWithoutAListenKeyAreLeftAlone() {
        final byte[] frame = "{\"listenKey\":5,\"x\":\"listenKey\"}".getBytes(StandardCharsets.US_ASCII);
        final byte[] copy = frame.clone();
        assertEquals(0, ListenKeyRedaction.scrub(frame, frame.length));
        assertEquals(new String(copy, StandardCharsets.US_ASCII), new String(frame, StandardCharsets.US_ASCII));
    }
}
