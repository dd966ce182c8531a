package io.reckon.adapters.bingx.rest;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.NumberConverter;

import java.io.IOException;

/**
 * What the client needs from a BingX response body without decoding the payload: the envelope's {@code code} and
 * {@code msg}, a listen key ({@code {"listenKey":..}} bare or inside {@code data}), and how many rows {@code data}
 * holds (its length if it is an array, else the length of the first array inside it, e.g. {@code data.orders}).
 * The rows themselves are the venue decoder's business. Cold path: a streaming walk that allocates only the
 * strings it keeps.
 */
final class Envelope {
    static final long NO_CODE = Long.MIN_VALUE;

    /** False when the body is not a JSON object (an HTML error page, a truncated body). */
    final boolean readable;
    final long code;
    final String msg;
    final String listenKey;
    /** Rows in {@code data}, or -1 when there is no array to count. */
    final int dataCount;

    private Envelope(final boolean readable, final long code, final String msg, final String listenKey,
                     final int dataCount) {
        this.readable = readable;
        this.code = code;
        this.msg = msg;
        this.listenKey = listenKey;
        this.dataCount = dataCount;
    }

    static final Envelope EMPTY = new Envelope(true, NO_CODE, "", null, -1);
    static final Envelope UNREADABLE = new Envelope(false, NO_CODE, "", null, -1);

    boolean hasCode() {
        return code != NO_CODE;
    }

    static Envelope parse(final DslJson<Object> json, final byte[] body, final int length) {
        if (length == 0) {
            return EMPTY;
        }
        try {
            return walk(json.newReader(body, length));
        } catch (IOException | RuntimeException e) {
            return UNREADABLE;
        }
    }

    private static Envelope walk(final JsonReader<Object> r) throws IOException {
        if (r.getNextToken() != '{') {
            return UNREADABLE;
        }
        long code = NO_CODE;
        String msg = "";
        String listenKey = null;
        int count = -1;
        byte token = r.getNextToken();
        while (token == '"') {
            final String name = r.readKey();
            switch (name) {
                case "code" -> {
                    code = readLong(r);
                    token = r.getNextToken();
                }
                case "msg" -> {
                    msg = r.last() == '"' ? r.readString() : "";
                    token = r.last() == '"' ? r.getNextToken() : r.skip();
                }
                case "listenKey" -> {
                    listenKey = readText(r);
                    token = r.getNextToken();
                }
                case "data" -> {
                    if (r.last() == '[') {
                        count = countArray(r);
                        token = r.getNextToken();
                    } else if (r.last() == '{') {
                        final DataScan scan = scanData(r);
                        count = scan.count;
                        listenKey = scan.listenKey != null ? scan.listenKey : listenKey;
                        token = r.getNextToken();
                    } else {
                        token = r.skip();
                    }
                }
                default -> token = r.skip();
            }
            if (token != ',') {
                break;
            }
            token = r.getNextToken();
        }
        return token == '}' ? new Envelope(true, code, msg, listenKey, count) : UNREADABLE;
    }

    private static long readLong(final JsonReader<Object> r) throws IOException {
        if (r.last() == '"') {
            final String s = r.readString();
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw r.newParseError("code is not an integer");
            }
        }
        return NumberConverter.deserializeLong(r);
    }

    private static String readText(final JsonReader<Object> r) throws IOException {
        if (r.last() != '"') {
            throw r.newParseError("expected a string");
        }
        return r.readString();
    }

    /** Positioned on '[': counts the elements and leaves the reader on the closing ']'. */
    private static int countArray(final JsonReader<Object> r) throws IOException {
        byte token = r.getNextToken();
        if (token == ']') {
            return 0;
        }
        int n = 1;
        token = r.skip();
        while (token == ',') {
            r.getNextToken();
            n++;
            token = r.skip();
        }
        if (token != ']') {
            throw r.newParseError("unterminated array");
        }
        return n;
    }

    /** Positioned on '{' of data: finds a listen key and the first array; leaves the reader on the closing '}'. */
    private static DataScan scanData(final JsonReader<Object> r) throws IOException {
        final DataScan scan = new DataScan();
        byte token = r.getNextToken();
        while (token == '"') {
            final String name = r.readKey();
            if (name.equals("listenKey") && r.last() == '"') {
                scan.listenKey = r.readString();
                token = r.getNextToken();
            } else if (r.last() == '[' && scan.count < 0) {
                scan.count = countArray(r);
                token = r.getNextToken();
            } else {
                token = r.skip();
            }
            if (token != ',') {
                break;
            }
            token = r.getNextToken();
        }
        if (token != '}') {
            throw r.newParseError("unterminated data object");
        }
        return scan;
    }

    private static final class DataScan {
        int count = -1;
        String listenKey;
    }
}
