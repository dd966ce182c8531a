package io.reckon.adapters.capture;

import io.reckon.engine.ring.RestTopic;
import io.reckon.engine.ring.Source;

/**
 * One input of a capture file, ready for the ring: where it came from, when it was received, its bytes verbatim.
 *
 * @param problem why the line could not be read as the capture format, or null; such a line is still imported
 *                (as a stream frame holding the line) so the journal keeps it and the decoder names the reason
 */
public record CapturedInput(int lineNumber, Source source, RestTopic topic, long recvTimeNanos, byte[] payload,
                            String problem) {
}
