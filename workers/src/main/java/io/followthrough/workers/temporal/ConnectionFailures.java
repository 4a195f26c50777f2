package io.followthrough.workers.temporal;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.netty.handler.ssl.NotSslRecordException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns a failed gRPC check call into one line that says what to fix. */
final class ConnectionFailures {
  private ConnectionFailures() {}

  static TemporalConnectionException describe(
      StatusRuntimeException e, TemporalSettings settings, String call, Duration timeout) {
    String where = "Temporal at " + settings.target();
    Status status = e.getStatus();
    SSLException ssl = find(e, SSLException.class);
    String message =
        switch (status.getCode()) {
          case UNAUTHENTICATED, PERMISSION_DENIED ->
              where
                  + " denied access"
                  + (settings.apiKey() != null ? " with the API key" : "")
                  + ": "
                  + description(status);
          case NOT_FOUND ->
              "DescribeNamespace".equals(call)
                  ? "Namespace '" + settings.namespace() + "' not found on " + where
                  : where + " answered " + call + " with NOT_FOUND: " + description(status);
          case DEADLINE_EXCEEDED ->
              where
                  + " did not answer within "
                  + timeout.toSeconds()
                  + "s"
                  + (settings.tls() ? " (is it a TLS port? check the tls settings)" : "");
          case UNIMPLEMENTED ->
              where
                  + " does not serve the Temporal API (check the target setting): "
                  + description(status);
          case UNAVAILABLE -> unavailable(e, settings, where, ssl);
          default ->
              ssl != null
                  ? tlsFailure(settings, where, ssl)
                  : where + " failed " + call + ": " + status.getCode() + " " + description(status);
        };
    return new TemporalConnectionException(message, e);
  }

  private static String unavailable(
      StatusRuntimeException e, TemporalSettings settings, String where, SSLException ssl) {
    String description = description(e.getStatus());
    if (ssl != null) {
      return tlsFailure(settings, where, ssl);
    }
    if (find(e, UnknownHostException.class) != null
        || description.contains("Unable to resolve host")) {
      return "Cannot resolve the host of " + where + " (check the target setting)";
    }
    if (find(e, ConnectException.class) != null) {
      return "Cannot reach "
          + where
          + ": connection refused (is the server running? check the target setting)";
    }
    if (settings.tls() && find(e, ClosedChannelException.class) != null) {
      return "TLS handshake with "
          + where
          + " failed: the server closed the connection (does it require a client certificate?)";
    }
    if (!settings.tls() && description.contains("Network closed")) {
      return "Cannot talk to "
          + where
          + ": it closed the connection (does it require TLS? set tls=true)";
    }
    return "Cannot reach " + where + ": " + description;
  }

  private static String tlsFailure(TemporalSettings settings, String where, SSLException ssl) {
    String prefix = "TLS handshake with " + where + " failed: ";
    if (ssl instanceof NotSslRecordException) {
      return prefix + "the server did not answer in TLS (is it a plaintext port? unset tls)";
    }
    // OpenSSL engines wrap the real reason ("General OpenSslEngine problem"): read the whole chain.
    String reason = ssl.getMessage() == null ? ssl.getClass().getSimpleName() : ssl.getMessage();
    String chain = chainMessages(ssl);
    if (chain.contains("PKIX") || chain.contains("certification path")) {
      return prefix + "the server certificate is not signed by a trusted CA (set tls-ca)";
    }
    if (chain.contains("No subject alternative") || chain.contains("No name matching")) {
      return prefix
          + "the server certificate is not valid for "
          + serverName(settings)
          + " (set tls-server-name to a name it holds)";
    }
    String upper = chain.toUpperCase(Locale.ROOT);
    if (upper.contains("CERTIFICATE_REQUIRED")) {
      return prefix + "the server requires a client certificate (set tls-cert and tls-key)";
    }
    if (upper.contains("BAD_CERTIFICATE") || upper.contains("UNKNOWN_CA")) {
      return prefix
          + "the server rejected the client certificate (check tls-cert, tls-key and the CA the"
          + " server trusts)";
    }
    return prefix + shorten(reason);
  }

  private static String chainMessages(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      text.append(t.getMessage()).append(' ');
    }
    return text.toString();
  }

  private static String serverName(TemporalSettings settings) {
    if (settings.tlsServerName() != null) {
      return settings.tlsServerName();
    }
    String target = settings.target();
    int colon = target.lastIndexOf(':');
    return colon > 0 ? target.substring(0, colon) : target;
  }

  private static String description(Status status) {
    String text = status.getDescription();
    return text == null ? status.getCode().toString() : shorten(text);
  }

  // Netty and gRPC sometimes append hex dumps or trailers; one readable line is enough.
  private static String shorten(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
