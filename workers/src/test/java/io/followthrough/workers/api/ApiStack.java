package io.followthrough.workers.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.activities.store.OpsStore;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.ledger.HumanTaskRef;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.workers.codec.KeyRing;
import io.followthrough.workers.dev.DevOptions;
import io.followthrough.workers.dev.DevStack;
import io.followthrough.workers.intake.DocumentIntake;
import io.followthrough.workers.intake.IngestReceipt;
import io.followthrough.workers.intake.IngestRejectedException;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The real `followthrough dev` wiring (in-process Temporal test server, worker with every module,
 * embedded H2 ops store, HTTP API with the dev login) on free ports, shared by the API tests of one
 * JVM, with HTTP helpers that carry a dev token.
 */
final class ApiStack {

  static final ObjectMapper JSON = new ObjectMapper();

  /** An HTTP answer. */
  record Answer(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private static ApiStack shared;

  final DevStack stack;
  final String url;
  final Path data;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  private ApiStack(Path data) {
    this.data = data;
    stack = DevStack.start(new DevOptions(0, -1, "default", data, true, false));
    String base = stack.httpUrl();
    url = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** One stack per test JVM, stopped when the JVM exits. */
  static synchronized ApiStack shared() {
    if (shared == null) {
      if (System.getProperty("followthrough.codec.keys") == null) {
        System.setProperty("followthrough.codec.keys", KeyRing.newKeyLine("test"));
      }
      try {
        shared = new ApiStack(Files.createTempDirectory("ft-api-"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ApiStack stopping = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(stopping.stack::close));
    }
    return shared;
  }

  WorkflowClient client() {
    return stack.bean(WorkflowClient.class);
  }

  OpsStore store() {
    return stack.bean(OpsStore.class);
  }

  /** A dev-login token for {@code user} acting as {@code role}. */
  String token(String user, String role) {
    return tokens.computeIfAbsent(
        user + "/" + role,
        key -> {
          Answer answer =
              send(
                  null,
                  "POST",
                  "/api/auth/dev-login",
                  "{\"user\":\"" + user + "\",\"role\":\"" + role + "\"}");
          if (answer.status() != 200) {
            throw new IllegalStateException("dev login failed: " + answer);
          }
          return answer.json().get("token").asText();
        });
  }

  /** A token for role {@code role} held by staff id {@code u-<role>}. */
  String as(String role) {
    return token("u-" + role, role);
  }

  Answer get(String token, String path) {
    return send(token, "GET", path, null);
  }

  Answer post(String token, String path, String json) {
    return send(token, "POST", path, json);
  }

  Answer send(String token, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  /**
   * Records, as a workflow would through {@code LedgerActivities}, that {@code workflowId} entered
   * {@code stage} and opened queue task {@code taskId} for {@code role}.
   */
  void openTask(
      String workflowId,
      String outcomeType,
      String stage,
      String taskId,
      String role,
      int priority) {
    Instant now = Instant.now();
    store()
        .ledgerActivities()
        .recordAll(
            List.of(
                LedgerEvent.newBuilder()
                    .outcome(workflowId, "run-1", outcomeType)
                    .type(LedgerEventType.STAGE_CHANGED)
                    .stage(stage)
                    .sequence(1)
                    .workflowTime(now)
                    .build(),
                LedgerEvent.newBuilder()
                    .outcome(workflowId, "run-1", outcomeType)
                    .type(LedgerEventType.HUMAN_TASK_OPENED)
                    .stage(stage)
                    .sequence(2)
                    .workflowTime(now.plusMillis(1))
                    .task(new HumanTaskRef(taskId, role, priority, now.plusSeconds(3600), null))
                    .build()));
  }

  /** A damaged "fax": intake keeps it and opens a coordinator review task at once. */
  IngestReceipt damagedFax() {
    byte[] bytes =
        ("%PDF-1.7\n% not really a pdf " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    try {
      return stack.bean(DocumentIntake.class).ingest(bytes, "fax:test", true);
    } catch (IngestRejectedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the intake's review task is open; its state then. */
  OutcomeState awaitReview(String workflowId) {
    FaxIntakeWorkflow workflow = client().newWorkflowStub(FaxIntakeWorkflow.class, workflowId);
    OutcomeState state = eventually(workflow::state, OutcomeState::needsHuman);
    if (!state.needsHuman()) {
      throw new AssertionError("no review task opened: " + state);
    }
    return state;
  }

  /** Polls {@code read} until {@code done} holds (at most 60 s); the last value either way. */
  static <T> T eventually(java.util.function.Supplier<T> read, Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    T value = read.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return value;
      }
      value = read.get();
    }
    return value;
  }
}
