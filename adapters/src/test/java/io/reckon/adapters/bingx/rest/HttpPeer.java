package io.reckon.adapters.bingx.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback that answers each path from a script, for testing the client's transport and
 * classification without the venue simulator. Records every request it receives.
 */
public final class HttpPeer implements AutoCloseable {
    public record Request(String method, String path, String query, String apiKeyHeader) {
    }

    /** A scripted answer; {@code {query}} in the body is replaced by the request's raw query (an echo). */
    public record Reply(int status, byte[] body, long delayMs) {
        public static Reply json(final int status, final String body) {
            return new Reply(status, body.getBytes(StandardCharsets.UTF_8), 0);
        }

        public static Reply bytes(final byte[] body) {
            return new Reply(200, body, 0);
        }

        public Reply delayed(final long ms) {
            return new Reply(status, body, ms);
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Deque<Reply>> scripted = new HashMap<>();
    private final Map<String, Reply> always = new HashMap<>();

    public HttpPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Replies for the next requests to {@code path}, in order; then falls back to {@link #always}. */
    public synchronized HttpPeer then(final String path, final Reply... replies) {
        final Deque<Reply> q = scripted.computeIfAbsent(path, p -> new ArrayDeque<>());
        for (Reply r : replies) {
            q.add(r);
        }
        return this;
    }

    public synchronized HttpPeer always(final String path, final Reply reply) {
        always.put(path, reply);
        return this;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized long count(final String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    private void handle(final HttpExchange ex) throws IOException {
        final Reply reply;
        final String path = ex.getRequestURI().getPath();
        synchronized (this) {
            requests.add(new Request(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(),
                ex.getRequestHeaders().getFirst("X-BX-APIKEY")));
            final Deque<Reply> q = scripted.get(path);
            reply = q != null && !q.isEmpty() ? q.poll() : always.getOrDefault(path, Reply.json(404, ""));
        }
        try {
            if (reply.delayMs() > 0) {
                Thread.sleep(reply.delayMs());
            }
            final String query = ex.getRequestURI().getRawQuery();
            final byte[] body = new String(reply.body(), StandardCharsets.UTF_8)
                .replace("{query}", query == null ? "" : query).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
