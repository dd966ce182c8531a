package io.reckon.bench.latency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The venue's side of the latency harness: a minimal WebSocket server (RFC 6455) on loopback that accepts one client
 * and then writes pre-framed binary frames to it from the caller's thread, each with one socket write. Sending on
 * the caller's thread, with no selector in between, is what lets the harness know when each frame left: the send
 * time is taken right before the write, and a full socket buffer blocks the sender (the backlog then shows up as
 * latency measured from the planned send time, as it should). Java-WebSocket's server is not used here: its lost
 * write race (see the simulator's {@code WriteWatchdog}) would add the harness's own stalls to the figures.
 */
final class LoopbackFrameServer implements AutoCloseable {
    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int OPCODE_BINARY_FINAL = 0x82;

    private final ServerSocket listener;
    private Socket client;
    private OutputStream out;

    LoopbackFrameServer() throws IOException {
        this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Accepts the one client and completes its opening handshake. */
    void accept(final int timeoutMillis) throws IOException {
        listener.setSoTimeout(timeoutMillis);
        try {
            client = listener.accept();
        } catch (final SocketTimeoutException e) {
            throw new IOException("no client connected within " + timeoutMillis + " ms", e);
        }
        client.setTcpNoDelay(true);
        final String key = webSocketKey(client.getInputStream());
        out = client.getOutputStream();
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Writes one frame made by {@link #binaryFrame}; blocks while the socket buffer is full. */
    void send(final byte[] framed) throws IOException {
        out.write(framed);
    }

    /** A final, unmasked binary frame holding {@code payload}. */
    static byte[] binaryFrame(final byte[] payload) {
        final int n = payload.length;
        final int header = n < 126 ? 2 : n <= 0xFFFF ? 4 : 10;
        final byte[] frame = new byte[header + n];
        frame[0] = (byte) OPCODE_BINARY_FINAL;
        if (n < 126) {
            frame[1] = (byte) n;
        } else if (n <= 0xFFFF) {
            frame[1] = 126;
            frame[2] = (byte) (n >>> 8);
            frame[3] = (byte) n;
        } else {
            frame[1] = 127;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) ((long) n >>> (56 - 8 * i));
            }
        }
        System.arraycopy(payload, 0, frame, header, n);
        return frame;
    }

    @Override
    public void close() throws IOException {
        if (client != null) {
            client.close();
        }
        listener.close();
    }

    /** Reads the client's HTTP upgrade request and returns its {@code Sec-WebSocket-Key}. */
    private static String webSocketKey(final InputStream in) throws IOException {
        final ByteArrayOutputStream request = new ByteArrayOutputStream();
        int matched = 0;
        final byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            final int b = in.read();
            if (b < 0) {
                throw new IOException("client closed during the handshake");
            }
            request.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        for (final String line : request.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            final int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-key")) {
                return line.substring(colon + 1).trim();
            }
        }
        throw new IOException("upgrade request without Sec-WebSocket-Key");
    }

    private static String accept(final String key) {
        try {
            final MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            return Base64.getEncoder().encodeToString(sha1.digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every JVM", e);
        }
    }
}
