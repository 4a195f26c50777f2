package io.followthrough.workers.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.m3.tally.Scope;
import io.followthrough.activities.store.OpsStore;
import io.followthrough.workers.codec.KeyRing;
import io.followthrough.workers.dev.DevTemporalServer;
import io.followthrough.workers.runtime.HttpRuntime;
import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.runtime.WorkerEnvironment;
import io.followthrough.workers.runtime.WorkerRuntime;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.converter.DefaultDataConverter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dev configuration end to end: the H2 ops store under the data dir, LedgerActivities on a real
 * worker's queue, and Temporal SDK metrics on {@code /prometheus}.
 */
class DevStoreWiringTest {

  private static final String WORKFLOW_ID = "store-probe-wf-7781";

  static {
    if (System.getProperty("followthrough.codec.keys") == null) {
      System.setProperty("followthrough.codec.keys", KeyRing.newKeyLine("test"));
    }
  }

  @TempDir Path data;

  @Test
  void devWorkerRecordsLedgerEventsAndExportsTemporalMetrics() throws Exception {
    try (DevTemporalServer server = DevTemporalServer.start(0);
        HttpRuntime http =
            HttpRuntime.start(
                Map.of(
                    "micronaut.server.port",
                    -1,
                    "followthrough.dev-mode",
                    true,
                    "followthrough.data-dir",
                    data.toString()));
        TemporalConnection temporal =
            TemporalClients.connect(
                TemporalSettings.plaintext(server.address(), "default"),
                DefaultDataConverter.newDefaultInstance(),
                TemporalClients.CLI_CHECK_TIMEOUT,
                http.bean(Scope.class))) {
      http.useTemporal(temporal.serviceStubs(), temporal.client());
      String url = http.serveHttp();
      try (WorkerRuntime worker =
          WorkerRuntime.start(
              temporal.client(),
              List.of(new LedgerProbeModule()),
              new WorkerEnvironment(data, key -> Optional.empty(), true),
              OpsStoreActivities.of(http))) {
        assertTrue(Files.exists(data.resolve("store").resolve("opsstore.mv.db")));
        LedgerProbe probe =
            temporal
                .client()
                .newWorkflowStub(
                    LedgerProbe.class,
                    WorkflowOptions.newBuilder()
                        .setTaskQueue(LedgerProbeModule.QUEUE)
                        .setWorkflowId(WORKFLOW_ID)
                        .build());
        assertTrue(probe.record("received"));
        assertEquals("received", storedStage(http.findBean(OpsStore.class).orElseThrow()));

        String metrics = scrapeUntil(url + "/prometheus", "temporal_workflow_completed");
        assertTrue(metrics.contains("temporal_activity_execution_latency"), "activity metrics");
        assertTrue(metrics.contains("task_queue=\"store-probe\""), "task queue label");
        assertFalse(metrics.contains(WORKFLOW_ID), "no workflow id in any label");
      }
    }
  }

  private String storedStage(OpsStore store) throws Exception {
    try (Connection connection = store.dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT stage FROM ledger_event WHERE workflow_id = ?")) {
      query.setString(1, WORKFLOW_ID);
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next(), "ledger row written by the worker");
        return rows.getString(1);
      }
    }
  }

  /** The SDK reports every second: poll until the metric shows up (at most 15 s). */
  private static String scrapeUntil(String url, String metric) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String body = "";
    for (int attempt = 0; attempt < 30 && !body.contains(metric); attempt++) {
      if (attempt > 0) {
        Thread.sleep(500);
      }
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      body = response.body();
    }
    assertTrue(body.contains(metric), metric + " on /prometheus");
    return body;
  }
}
