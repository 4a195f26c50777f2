package io.followthrough.workers.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.m3.tally.Scope;
import io.followthrough.activities.ai.llm.ChatModels;
import io.followthrough.activities.ai.llm.LlmSettings;
import io.followthrough.sdk.OutcomeModule;
import io.followthrough.workers.codec.KeyRing;
import io.followthrough.workers.codec.KeyRingEncryption;
import io.followthrough.workers.dev.DevTemporalServer;
import io.followthrough.workers.dev.SearchAttributeRegistrar;
import io.followthrough.workers.intake.DemoFaxes;
import io.followthrough.workers.intake.DocumentIntake;
import io.followthrough.workers.runtime.HttpRuntime;
import io.followthrough.workers.runtime.OutcomeModules;
import io.followthrough.workers.runtime.TemporalClients;
import io.followthrough.workers.runtime.WorkerEnvironment;
import io.followthrough.workers.runtime.WorkerRuntime;
import io.followthrough.workers.store.OpsStoreActivities;
import io.followthrough.workers.temporal.TemporalConnection;
import io.followthrough.workers.temporal.TemporalSettings;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives outcomes, documents (text layer and OCR) and an LLM call through a dev-configured app,
 * then scrapes {@code /prometheus}: our series are there, and no label value anywhere — ours, the
 * Temporal SDK's, the HTTP server's — carries a workflow id, task id, document id, patient
 * reference or text.
 */
class PrometheusLabelAuditTest {

  private static final String PATIENT_REF = "pt-55501";
  private static final String WORKFLOW_ID = "metrics-probe/" + PATIENT_REF + "/8f3e2a";
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern UUID_LIKE =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-");
  private static final Pattern LONG_HEX = Pattern.compile("[0-9a-fA-F]{16,}");

  static {
    if (System.getProperty("followthrough.codec.keys") == null) {
      System.setProperty("followthrough.codec.keys", KeyRing.newKeyLine("test"));
    }
  }

  @TempDir Path data;

  @Test
  void seriesArePresentAndNoLabelCarriesAnIdentifier() throws Exception {
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
                http.bean(DataConverter.class),
                TemporalClients.CLI_CHECK_TIMEOUT,
                http.bean(Scope.class));
        FakeChatServer chat = new FakeChatServer()) {
      OperatorServiceStubs operator =
          OperatorServiceStubs.newServiceStubs(
              OperatorServiceStubsOptions.newBuilder()
                  .setTarget(server.address())
                  .validateAndBuildWithDefaults());
      SearchAttributeRegistrar.registerAll(operator, "default");
      operator.shutdownNow();
      http.useTemporal(temporal.serviceStubs(), temporal.client());
      String url = http.serveHttp();
      List<OutcomeModule> modules = new ArrayList<>(OutcomeModules.discover());
      modules.add(new MetricsProbeModule());
      try (WorkerRuntime worker =
          WorkerRuntime.start(
              temporal.client(),
              modules,
              new WorkerEnvironment(
                  data, http::setting, true, new KeyRingEncryption(http.bean(KeyRing.class))),
              OpsStoreActivities.of(http))) {
        temporal
            .client()
            .newWorkflowStub(
                MetricsProbe.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue(MetricsProbeModule.QUEUE)
                    .setWorkflowId(WORKFLOW_ID)
                    .build())
            .run(PATIENT_REF);
        DocumentIntake intake = http.bean(DocumentIntake.class);
        String textDocument = intake.ingest(DemoFaxes.referral(), "test", false).documentId();
        String scannedDocument = intake.ingest(scannedPage(), "test", false).documentId();
        // A model built by the shared factory, as the AI activities build theirs.
        ChatModels.create(
                new LlmSettings(
                    LlmSettings.Provider.OPENAI,
                    chat.baseUrl(),
                    "fake-model",
                    "test-key",
                    Duration.ofSeconds(10)))
            .chat("Summarise the referral of Jordan Demo");

        String metrics =
            scrapeUntil(
                url + "/prometheus",
                List.of(
                    "followthrough_document_pages_total{source=\"ocr\"",
                    "followthrough_document_pages_total{source=\"text-layer\"",
                    "temporal_activity_execution_latency"));

        assertTrue(
            metrics.contains(
                "followthrough_outcomes_started_total{outcome_type=\"metrics-probe\"}"),
            "outcome started");
        assertTrue(
            metrics.contains(
                "followthrough_outcomes_completed_total{outcome_type=\"metrics-probe\"} 1.0"),
            "outcome completed once");
        assertTrue(metrics.contains("followthrough_stage_duration_seconds_bucket{"), "histogram");
        assertTrue(
            metrics.contains(
                "followthrough_outcomes_escalated_total{outcome_type=\"metrics-probe\","
                    + "reason=\"other\",rung=\"1\",stage=\"verify\"} 1.0"),
            "an identifier-shaped reason is reported as other");
        assertTrue(metrics.contains("followthrough_human_tasks_resolved_total{"), "tasks");
        assertTrue(
            metrics.contains(
                "followthrough_llm_tokens_total{kind=\"input\",model=\"fake-model\","
                    + "provider=\"openai\"} 11.0"),
            "LLM tokens through the global registry");

        List<String> forbidden =
            List.of(
                WORKFLOW_ID,
                PATIENT_REF,
                "55501",
                "8f3e2a",
                textDocument,
                scannedDocument,
                "Jordan",
                "Summarise");
        int labels = 0;
        for (String line : metrics.split("\n")) {
          if (line.startsWith("#")) {
            continue;
          }
          Matcher m = LABEL.matcher(line);
          while (m.find()) {
            String name = m.group(1);
            String value = m.group(2);
            if (name.equals("le") || name.equals("quantile")) {
              continue;
            }
            labels++;
            for (String secret : forbidden) {
              assertFalse(value.contains(secret), "label " + name + " carries " + secret);
            }
            assertFalse(UUID_LIKE.matcher(value).find(), "uuid in " + name + "=" + value);
            assertFalse(LONG_HEX.matcher(value).find(), "hash in " + name + "=" + value);
            assertFalse(value.contains("#"), "key separator in " + name + "=" + value);
            if (!name.equals("uri")) {
              assertFalse(value.contains("/"), "path in " + name + "=" + value);
            }
          }
        }
        assertTrue(labels > 100, "audited " + labels + " label values");
      }
    }
  }

  /** A page image with no text layer, so intake OCRs it. */
  private static byte[] scannedPage() throws Exception {
    BufferedImage page = new BufferedImage(1200, 600, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1200, 600);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    g.drawString("LAB RESULT REPORT", 80, 150);
    g.drawString("Patient: Jordan Demo", 80, 250);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(page, "png", out);
    return out.toByteArray();
  }

  /** The SDK reports every second and intake runs asynchronously: poll (at most 60 s). */
  private static String scrapeUntil(String url, List<String> needles) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String body = "";
    for (int attempt = 0; attempt < 120; attempt++) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      body = response.body();
      String current = body;
      if (needles.stream().allMatch(current::contains)) {
        return body;
      }
      Thread.sleep(500);
    }
    for (String needle : needles) {
      assertTrue(body.contains(needle), needle + " on /prometheus");
    }
    return body;
  }
}
