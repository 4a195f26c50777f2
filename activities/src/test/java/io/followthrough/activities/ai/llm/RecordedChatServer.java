package io.followthrough.activities.ai.llm;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A local OpenAI-compatible chat-completions endpoint on 127.0.0.1 that replays recorded responses
 * in order and keeps every request body for assertions.
 */
final class RecordedChatServer implements AutoCloseable {
  private final HttpServer server;
  private final Deque<Object> replies = new ArrayDeque<>();
  final List<String> requests = new ArrayList<>();

  RecordedChatServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            requests.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
          Object next = replies.poll();
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
        });
    server.start();
  }

  /** Queues a recorded response (resource name) or an HTTP error status. */
  RecordedChatServer then(Object reply) {
    replies.add(reply);
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
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
