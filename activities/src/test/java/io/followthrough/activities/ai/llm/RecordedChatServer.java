package io.followthrough.activities.ai.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local model server on 127.0.0.1 that replays recorded responses in order and keeps every
 * request body for assertions. It answers OpenAI-compatible chat completions ({@code
 * /v1/chat/completions}, also what Ollama serves) and Anthropic messages ({@code /v1/messages});
 * the recording must have the shape of the endpoint it is replayed on.
 */
public final class RecordedChatServer implements AutoCloseable {
  private final HttpServer server;
  private final Deque<Object> replies = new ArrayDeque<>();

  /** Request bodies, in order. */
  public final List<String> requests = new CopyOnWriteArrayList<>();

  /** Request paths, in order. */
  public final List<String> paths = new CopyOnWriteArrayList<>();

  public RecordedChatServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", this::replay);
    server.createContext("/v1/messages", this::replay);
    server.start();
  }

  private void replay(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      requests.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    paths.add(exchange.getRequestURI().getPath());
    Object next;
    synchronized (replies) {
      next = replies.poll();
    }
    int status = next instanceof Integer code ? code : 200;
    byte[] body =
        next instanceof String resource
            ? recorded(resource)
            : "{\"error\":{\"message\":\"recorded failure\",\"type\":\"server_error\"}}"
                .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Queues a recorded response (a resource name relative to this class, or an absolute resource
   * path starting with {@code /}) or an HTTP error status.
   */
  public RecordedChatServer then(Object reply) {
    synchronized (replies) {
      replies.add(reply);
    }
    return this;
  }

  /** Base URL for OpenAI-compatible clients (and Ollama's OpenAI-compatible endpoint). */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  /** Base URL for the Anthropic client (it appends {@code messages}). */
  public String anthropicBaseUrl() {
    return baseUrl() + "/";
  }

  private static byte[] recorded(String name) throws IOException {
    try (InputStream in = RecordedChatServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing recording " + name);
      }
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
