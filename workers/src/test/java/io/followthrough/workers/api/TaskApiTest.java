package io.followthrough.workers.api;

import static io.followthrough.workers.api.ApiStack.encode;
import static io.followthrough.workers.api.ApiStack.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.intake.FaxIntakeWorkflow;
import io.followthrough.sdk.OutcomeState;
import io.followthrough.workers.api.ApiStack.Answer;
import io.followthrough.workers.intake.IngestReceipt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exception inbox over HTTP against a real FaxIntake workflow: the review task is listed with
 * the workflow's reason, stage and context, claimed, refused by the workflow's validator, resolved
 * through the completeTask Update, and every step is in the audit log.
 */
class TaskApiTest {

  static ApiStack api;

  @BeforeAll
  static void start() {
    api = ApiStack.shared();
  }

  static List<String> ids(Answer inbox) {
    assertEquals(200, inbox.status(), inbox.body());
    List<String> ids = new ArrayList<>();
    inbox.json().forEach(t -> ids.add(t.get("taskId").asText()));
    return ids;
  }

  @Test
  void reviewTaskIsListedClaimedRejectedResolvedAndAudited() throws Exception {
    IngestReceipt fax = api.damagedFax();
    String workflowId = fax.workflowId();
    OutcomeState state = api.awaitReview(workflowId);
    String workflowTaskId = state.tasks().get(0).id();
    String taskId = workflowId + "/" + workflowTaskId;
    api.openTask(workflowId, "fax-intake", "review", taskId, "coordinator", 2);
    String ana = api.token("ana", "coordinator");

    JsonNode listed = find(api.get(ana, "/api/tasks?outcomeType=fax-intake&limit=200"), taskId);
    assertEquals(workflowId, listed.get("workflowId").asText());
    assertEquals(workflowTaskId, listed.get("workflowTaskId").asText());
    assertEquals("coordinator", listed.get("role").asText());
    assertEquals(2, listed.get("priority").asInt());
    assertEquals("open", listed.get("status").asText());
    assertEquals("review-document", listed.get("reason").asText());
    assertEquals("review", listed.get("stage").asText());
    assertEquals(fax.documentId(), listed.get("context").get("documentId").asText());
    assertTrue(listed.get("context").get("rejection").asText().startsWith("DocumentRejected"));
    assertTrue(listed.get("snoozedUntil").isNull(), "null members are present");
    assertFalse(ids(api.get(ana, "/api/tasks?outcomeType=referral")).contains(taskId));

    Answer detail = api.get(ana, "/api/tasks/" + encode(taskId));
    assertEquals(200, detail.status(), detail.body());
    assertEquals("review-document", detail.json().get("reason").asText(), "task fields flattened");
    assertTrue(
        kinds(detail.json().get("timeline")).contains("TASK_OPENED"), detail.json().toString());
    assertTrue(kinds(detail.json().get("timeline")).contains("ATTEMPT_FAILED"), "what was tried");
    assertEquals(
        fax.documentId(), detail.json().get("documents").get(0).get("documentId").asText());

    Answer claimed = api.post(ana, "/api/tasks/" + encode(taskId) + "/claim", null);
    assertEquals(200, claimed.status(), claimed.body());
    assertEquals("claimed", claimed.json().get("status").asText());
    assertEquals("ana", claimed.json().get("claimedBy").asText());
    Answer stolen =
        api.post(api.token("bob", "coordinator"), "/api/tasks/" + encode(taskId) + "/claim", null);
    assertEquals(409, stolen.status(), stolen.body());
    assertEquals("TASK_NOT_CLAIMABLE", stolen.json().get("error").asText());

    Answer refused =
        api.post(ana, "/api/tasks/" + encode(taskId) + "/resolve", "{\"resolution\":\"shred-it\"}");
    assertEquals(422, refused.status(), refused.body());
    assertEquals("UPDATE_REJECTED", refused.json().get("error").asText());
    assertTrue(
        refused.json().get("message").asText().contains("unknown resolution 'shred-it'"),
        refused.body());
    assertEquals(
        403,
        api.post(
                api.as("auditor"),
                "/api/tasks/" + encode(taskId) + "/resolve",
                "{\"resolution\":\"discard\"}")
            .status());

    Answer resolved =
        api.post(ana, "/api/tasks/" + encode(taskId) + "/resolve", "{\"resolution\":\"discard\"}");
    assertEquals(200, resolved.status(), resolved.body());
    assertEquals(workflowTaskId, resolved.json().get("workflowTaskId").asText());
    assertEquals("discard", resolved.json().get("resolution").asText());
    assertEquals("ana", resolved.json().get("by").asText());
    assertNotNull(Instant.parse(resolved.json().get("completedAt").asText()));

    Answer again =
        api.post(ana, "/api/tasks/" + encode(taskId) + "/resolve", "{\"resolution\":\"discard\"}");
    assertEquals(409, again.status(), again.body());
    assertFalse(ids(api.get(ana, "/api/tasks?limit=200")).contains(taskId), "left the inbox");

    FaxIntakeWorkflow workflow = api.client().newWorkflowStub(FaxIntakeWorkflow.class, workflowId);
    assertEquals("discarded", eventually(workflow::intake, i -> i.decision() != null).decision());
    assertEquals(
        "ana", workflow.state().tasks().get(0).completedBy(), "the Update carried the staff id");

    Answer audit = api.get(api.as("auditor"), "/api/audit?limit=1000");
    assertEquals(200, audit.status(), audit.body());
    List<String> trail = new ArrayList<>();
    for (JsonNode row : audit.json()) {
      if (row.get("record").asText().equals("task:" + taskId)) {
        trail.add(row.get("actor").asText() + ":" + row.get("action").asText());
      }
    }
    assertEquals(List.of("ana:view-task", "ana:claim-task", "ana:resolve-task"), trail);
  }

  @Test
  void snoozeHidesAndReassignHandsOverAndBadInputIsExplained() {
    String workflowId = "test-queue/" + UUID.randomUUID();
    String taskId = workflowId + "/call-1";
    api.openTask(workflowId, "test-queue", "call", taskId, "coordinator", 1);
    String ana = api.token("ana", "coordinator");
    String path = "/api/tasks/" + encode(taskId);
    assertTrue(ids(api.get(ana, "/api/tasks?outcomeType=test-queue")).contains(taskId));

    assertEquals(
        400,
        api.post(ana, path + "/snooze", "{\"until\":\"tomorrow\",\"reasonCode\":\"callback\"}")
            .status());
    assertEquals(
        400,
        api.post(
                ana,
                path + "/snooze",
                "{\"until\":\"2020-01-01T00:00:00Z\",\"reasonCode\":\"callback\"}")
            .status());
    String until = Instant.now().plusSeconds(7200).toString();
    Answer snoozed =
        api.post(
            ana,
            path + "/snooze",
            "{\"until\":\"" + until + "\",\"reasonCode\":\"awaiting-callback\"}");
    assertEquals(200, snoozed.status(), snoozed.body());
    assertEquals("snoozed", snoozed.json().get("status").asText());
    assertEquals("awaiting-callback", snoozed.json().get("snoozeReason").asText());
    assertFalse(ids(api.get(ana, "/api/tasks?outcomeType=test-queue")).contains(taskId));

    Answer denied = api.post(ana, path + "/reassign", "{\"staffId\":\"bob\"}");
    assertEquals(403, denied.status(), denied.body());
    assertEquals("FORBIDDEN", denied.json().get("error").asText());
    assertTrue(denied.json().get("message").asText().contains("may not reassign-task"));
    Answer reassigned = api.post(api.as("supervisor"), path + "/reassign", "{\"staffId\":\"bob\"}");
    assertEquals(200, reassigned.status(), reassigned.body());
    assertEquals("bob", reassigned.json().get("claimedBy").asText());
    assertTrue(
        ids(api.get(api.token("bob", "coordinator"), "/api/tasks?outcomeType=test-queue"))
            .contains(taskId),
        "reassignment ends the snooze");

    Answer missing = api.get(ana, "/api/tasks/" + encode(workflowId + "/nope-9"));
    assertEquals(404, missing.status());
    assertEquals("TASK_NOT_FOUND", missing.json().get("error").asText());
    Answer noBody = api.post(ana, path + "/resolve", null);
    assertEquals(400, noBody.status(), noBody.body());
    Answer badJson = api.post(ana, path + "/resolve", "{\"resolution\":");
    assertEquals(400, badJson.status(), badJson.body());
    assertEquals("BAD_REQUEST", badJson.json().get("error").asText());
    assertEquals(400, api.get(ana, "/api/tasks?limit=0").status());
  }

  static JsonNode find(Answer inbox, String taskId) {
    assertEquals(200, inbox.status(), inbox.body());
    for (JsonNode task : inbox.json()) {
      if (task.get("taskId").asText().equals(taskId)) {
        return task;
      }
    }
    throw new AssertionError(taskId + " not in inbox " + inbox.body());
  }

  static List<String> kinds(JsonNode timeline) {
    return StreamSupport.stream(timeline.spliterator(), false)
        .map(e -> e.get("kind").asText())
        .toList();
  }
}
