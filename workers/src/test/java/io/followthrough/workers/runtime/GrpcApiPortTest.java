package io.followthrough.workers.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gRPC API starts with the HTTP server, on its own port; a taken port is one clear line. */
class GrpcApiPortTest {

  @Test
  void theGrpcApiRunsBesideHttpOnItsOwnPort() {
    try (HttpRuntime http = HttpRuntime.start(Map.of("micronaut.server.port", -1))) {
      assertTrue(http.grpcApiAddress().isEmpty(), "not before the HTTP server starts");
      String url = http.serveHttp();
      String grpc = http.grpcApiAddress().orElseThrow();
      assertTrue(grpc.startsWith("127.0.0.1:"), grpc);
      assertTrue(!url.endsWith(":" + grpc.substring(grpc.indexOf(':') + 1)), "its own port");
    }
  }

  @Test
  void aTakenGrpcPortIsAConfigurationProblemNamingIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        HttpRuntime http =
            HttpRuntime.start(
                Map.of(
                    "micronaut.server.port",
                    -1,
                    "followthrough.grpc.port",
                    taken.getLocalPort()))) {
      ConfigurationProblem problem = assertThrows(ConfigurationProblem.class, http::serveHttp);
      assertTrue(
          problem.getMessage().contains("gRPC API on port " + taken.getLocalPort()),
          problem.getMessage());
      assertTrue(problem.getMessage().contains("--grpc-api-port"), problem.getMessage());
    }
  }
}
