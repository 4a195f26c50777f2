package io.followthrough.workers.api;

import static io.followthrough.workers.api.ApiStack.encode;
import static io.followthrough.workers.api.ApiStack.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.workers.api.ApiStack.Answer;
import io.followthrough.workers.intake.IngestReceipt;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Outcomes over HTTP on real workflows: start, read in full, list and filter, signal, cancel. */
class OutcomeApiTest {

  static ApiStack api;

  @BeforeAll
  static void start() {
    api = ApiStack.shared();
  }

  static String labInput(String id) {
    return "{\"resultId\":\""
        + id
        + "\",\"abnormal\":true,\"patientTimeZone\":\"America/New_York\"}";
  }

  @Test
  void startReadSignalListAndCancelALabResultFollowUp() {
    String resultId = "R-" + UUID.randomUUID().toString().substring(0, 8);
    String workflowId = "lab-result-follow-up/" + resultId;
    String coordinator = api.as("coordinator");
    String start =
        "{\"workflowType\":\"LabResultFollowUp\",\"workflowId\":\""
            + workflowId
            + "\",\"input\":"
            + labInput(resultId)
            + "}";

    Answer started = api.post(coordinator, "/api/outcomes", start);
    assertEquals(201, started.status(), started.body());
    assertEquals(workflowId, started.json().get("workflowId").asText());
    assertFalse(started.json().get("runId").asText().isEmpty());
    Answer twice = api.post(coordinator, "/api/outcomes", start);
    assertEquals(409, twice.status(), twice.body());
    assertEquals("ALREADY_STARTED", twice.json().get("error").asText());
    Answer unknown =
        api.post(
            coordinator,
            "/api/outcomes",
            "{\"workflowType\":\"NoSuchFlow\",\"workflowId\":\"x/1\",\"input\":{}}");
    assertEquals(400, unknown.status());
    assertTrue(unknown.json().get("message").asText().contains("LabResultFollowUp"), "lists types");
    assertEquals(403, api.post(api.as("auditor"), "/api/outcomes", start).status());

    String path = "/api/outcomes/" + encode(workflowId);
    JsonNode detail =
        eventually(
            () -> api.get(coordinator, path).json(),
            d -> d.path("state").path("stage").asText().equals("await-acknowledgement"));
    assertEquals("LabResultFollowUp", detail.get("workflowType").asText());
    assertEquals("lab-result-follow-up", detail.get("outcomeType").asText());
    assertEquals("Running", detail.get("status").asText());
    assertEquals("await-acknowledgement", detail.get("state").get("stage").asText());
    assertTrue(kinds(detail).contains("STAGE_ENTERED"), detail.toString());
    assertTrue(detail.get("view").isObject());
    assertTrue(detail.get("documents").isArray());

    Answer signalled = api.post(coordinator, path + "/signals/acknowledge", "{\"by\":\"dr-1\"}");
    assertEquals(202, signalled.status(), signalled.body());
    JsonNode after =
        eventually(
            () -> api.get(coordinator, path).json(),
            d -> !d.path("state").path("stage").asText().equals("await-acknowledgement"));
    assertFalse(
        after.get("state").get("stage").asText().equals("await-acknowledgement"),
        "the acknowledgement moved the outcome on: " + after);
    assertTrue(kinds(after).contains("EVIDENCE"), after.toString());

    List<String> listed =
        workflowIds(api.get(coordinator, "/api/outcomes?type=lab-result-follow-up"));
    assertTrue(listed.contains(workflowId), listed.toString());
    assertFalse(
        workflowIds(api.get(coordinator, "/api/outcomes?type=fax-intake")).contains(workflowId));
    assertTrue(
        workflowIds(
                api.get(
                    coordinator,
                    "/api/outcomes?query=" + encode("WorkflowId = '" + workflowId + "'")))
            .contains(workflowId));
    assertEquals(400, api.get(coordinator, "/api/outcomes?type=" + encode("x' OR 1=1")).status());

    assertEquals(
        403,
        api.post(coordinator, path + "/cancel", "{\"reasonCode\":\"duplicate-order\"}").status());
    Answer cancelled =
        api.post(api.as("supervisor"), path + "/cancel", "{\"reasonCode\":\"duplicate-order\"}");
    assertEquals(202, cancelled.status(), cancelled.body());
    assertEquals(
        "Canceled",
        eventually(
                () -> api.get(coordinator, path).json().get("status").asText(),
                s -> s.equals("Canceled"))
            .toString());
    Answer late = api.post(coordinator, path + "/signals/acknowledge", "{\"by\":\"dr-1\"}");
    assertEquals(409, late.status(), late.body());
    assertEquals("OUTCOME_CLOSED", late.json().get("error").asText());
  }

  @Test
  void detailCarriesTheWorkflowsOwnQueriesAndDocuments() throws Exception {
    IngestReceipt fax = api.damagedFax();
    api.awaitReview(fax.workflowId());
    JsonNode detail =
        api.get(api.as("coordinator"), "/api/outcomes/" + encode(fax.workflowId())).json();
    assertEquals("FaxIntake", detail.get("workflowType").asText());
    assertEquals("review", detail.get("state").get("stage").asText());
    assertEquals(fax.documentId(), detail.get("view").get("intake").get("documentId").asText());
    assertEquals(fax.documentId(), detail.get("documents").get(0).get("documentId").asText());
    assertEquals(
        "application/octet-stream", detail.get("documents").get(0).get("mediaType").asText());
  }

  @Test
  void unknownAndMalformedIdsAreExplained() {
    String coordinator = api.as("coordinator");
    Answer missing = api.get(coordinator, "/api/outcomes/" + encode("lab-result-follow-up/none"));
    assertEquals(404, missing.status(), missing.body());
    assertEquals("OUTCOME_NOT_FOUND", missing.json().get("error").asText());
    assertEquals(400, api.get(coordinator, "/api/outcomes/has%20space").status());
    Answer badArgument =
        api.post(coordinator, "/api/outcomes/" + encode("x/1") + "/signals/acknowledge", "{oops");
    assertEquals(400, badArgument.status(), badArgument.body());
    assertFalse(badArgument.body().contains("oops"), "input is never echoed");
  }

  static List<String> kinds(JsonNode detail) {
    List<String> kinds = new ArrayList<>();
    detail.get("timeline").forEach(e -> kinds.add(e.get("kind").asText()));
    return kinds;
  }

  static List<String> workflowIds(Answer list) {
    assertEquals(200, list.status(), list.body());
    List<String> ids = new ArrayList<>();
    list.json().forEach(o -> ids.add(o.get("workflowId").asText()));
    return ids;
  }
}
