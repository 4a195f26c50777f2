package io.followthrough.workers.temporal;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLException;

/** Builds the client TLS context from PEM files, naming the file when one is wrong. */
final class TlsContexts {
  private TlsContexts() {}

  /** Null when the system trust store and no client certificate will do (SDK default TLS). */
  static SslContext forSettings(TemporalSettings settings) {
    if (settings.tlsCa() == null && settings.tlsCert() == null) {
      return null;
    }
    SslContextBuilder builder = GrpcSslContexts.forClient();
    if (settings.tlsCa() != null) {
      builder.trustManager(checkedCertificates(settings.tlsCa(), "CA certificate").toFile());
    }
    if (settings.tlsCert() != null) {
      Path cert = checkedCertificates(settings.tlsCert(), "client certificate");
      Path key = readable(settings.tlsKey(), "client key");
      try {
        builder.keyManager(cert.toFile(), key.toFile());
      } catch (IllegalArgumentException e) {
        throw new TemporalConnectionException(
            "TLS client key file "
                + key
                + " is not a usable PEM private key (PKCS#8 'BEGIN PRIVATE KEY', matching the"
                + " certificate)");
      }
    }
    try {
      return builder.build();
    } catch (SSLException | IllegalArgumentException e) {
      throw new TemporalConnectionException(
          "TLS files cannot be used together: " + e.getMessage(), e);
    }
  }

  private static Path checkedCertificates(Path file, String what) {
    readable(file, what);
    try (InputStream in = Files.newInputStream(file)) {
      if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
        throw new CertificateException("no certificate");
      }
    } catch (IOException | CertificateException e) {
      throw new TemporalConnectionException(
          "TLS " + what + " file " + file + " is not a PEM certificate");
    }
    return file;
  }

  private static Path readable(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new TemporalConnectionException("TLS " + what + " file not found: " + file);
    }
    if (!Files.isReadable(file)) {
      throw new TemporalConnectionException("TLS " + what + " file is not readable: " + file);
    }
    return file;
  }
}
