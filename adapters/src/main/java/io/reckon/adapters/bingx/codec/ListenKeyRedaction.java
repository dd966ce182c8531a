package io.reckon.adapters.bingx.codec;

/**
 * Overwrites the value of every {@code "listenKey"} member in a frame with {@code *} before the frame is
 * journaled: a listen key is a bearer credential for the account's private stream. Same length, so nothing else
 * in the frame moves; runs only on listenKeyExpired frames (rare), allocates nothing.
 */
final class ListenKeyRedaction {
    private static final byte[] KEY = Ascii.bytes("\"listenKey\"");

    private ListenKeyRedaction() {
    }

    /** @return how many values were redacted */
    static int scrub(final byte[] buf, final int length) {
        int redacted = 0;
        for (int i = 0; i + KEY.length <= length; i++) {
            if (!matches(buf, i)) {
                continue;
            }
            int j = skipSpace(buf, i + KEY.length, length);
            if (j >= length || buf[j] != ':') {
                continue;
            }
            j = skipSpace(buf, j + 1, length);
            if (j >= length || buf[j] != '"') {
                continue;
            }
            for (j++; j < length && buf[j] != '"'; j++) {
                buf[j] = '*';
            }
            redacted++;
            i = j;
        }
        return redacted;
    }

    private static boolean matches(final byte[] buf, final int at) {
        for (int k = 0; k < KEY.length; k++) {
            if (buf[at + k] != KEY[k]) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(final byte[] buf, final int from, final int length) {
        int j = from;
        while (j < length && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\n' || buf[j] == '\r')) {
            j++;
        }
        return j;
    }
}
