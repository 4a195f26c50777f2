package io.followthrough.workers.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Micronaut side of a long-running process: configuration (application.yml, an optional config
 * file, environment variables) and, when asked, the HTTP server with health and API.
 */
public final class HttpRuntime implements AutoCloseable {

  private final ApplicationContext context;

  private HttpRuntime(ApplicationContext context) {
    this.context = context;
  }

  /** Key of {@link #start}'s properties naming a YAML configuration file (a --config flag). */
  public static final String CONFIG_FILE = "micronaut.config.files";

  // Above application.yml (-300), below environment variables (-200) and system properties.
  private static final int CONFIG_FILE_ORDER = -250;

  /**
   * Starts the application context.
   *
   * @param properties values that win over every other source (from command-line flags); {@link
   *     #CONFIG_FILE} names a YAML file read above application.yml and below the environment
   */
  public static HttpRuntime start(Map<String, Object> properties) {
    Map<String, Object> flags = new HashMap<>(properties);
    Object configFile = flags.remove(CONFIG_FILE);
    ApplicationContextBuilder builder =
        ApplicationContext.builder().properties(flags).banner(false);
    if (configFile != null) {
      // Micronaut reads micronaut.config.files only from system properties and the environment.
      builder.propertySources(configFile(Path.of(configFile.toString())));
    }
    return new HttpRuntime(builder.start());
  }

  private static PropertySource configFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Map<String, Object> values = new YamlPropertySourceLoader().read(file.toString(), in);
      return PropertySource.of("config-file", values, CONFIG_FILE_ORDER);
    } catch (IOException e) {
      throw new ConfigurationProblem("configuration file not readable: " + file, e);
    }
  }

  /** A configuration value (file, environment, system properties, flags). */
  public Optional<String> setting(String key) {
    return context.getProperty(key, String.class);
  }

  /** A bean of the context, e.g. the payload {@code DataConverter}. */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** A bean that may be absent, e.g. the ops store outside dev mode without a URL. */
  public <T> Optional<T> findBean(Class<T> type) {
    return context.findBean(type);
  }

  /** Makes the Temporal client available to controllers and health indicators. */
  public void useTemporal(WorkflowServiceStubs stubs, WorkflowClient client) {
    context.registerSingleton(WorkflowServiceStubs.class, stubs);
    context.registerSingleton(WorkflowClient.class, client);
  }

  /** Starts the HTTP server, and with it the gRPC API, and returns the HTTP URL. */
  public String serveHttp() {
    EmbeddedServer server = context.getBean(EmbeddedServer.class);
    try {
      server.start();
    } catch (RuntimeException e) {
      if (startedByGrpc(e)) {
        // HTTP bound; the gRPC API, started by the HTTP server's startup event, did not.
        if (server.isRunning()) {
          server.stop();
        }
        throw new ConfigurationProblem(
            "cannot start the gRPC API on port "
                + context.getProperty("grpc.server.port", String.class).orElse("7243")
                + " (in use? choose another with --grpc-api-port)",
            e);
      }
      throw new ConfigurationProblem(
          "cannot start the HTTP server on port "
              + context.getProperty("micronaut.server.port", String.class).orElse("8080")
              + " (in use? choose another with --http-port)",
          e);
    }
    return server.getURL().toString();
  }

  private static boolean startedByGrpc(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getClassName().startsWith(GrpcEmbeddedServer.class.getPackageName())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code host:port} of the gRPC API ({@code followthrough.v1}), which Micronaut starts with the
   * HTTP server; empty while it does not run.
   */
  public Optional<String> grpcApiAddress() {
    return context
        .findBean(GrpcEmbeddedServer.class)
        .filter(GrpcEmbeddedServer::isRunning)
        .map(
            server ->
                context.getProperty("grpc.server.host", String.class).orElse("127.0.0.1")
                    + ":"
                    + server.getPort());
  }

  @Override
  public void close() {
    context.close();
  }
}
