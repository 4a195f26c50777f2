package io.followthrough.workers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.workers.api.ApiStack.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit log over HTTP: newest rows, reading from a sequence number, chain verification. */
class AuditApiTest {

  static ApiStack api;

  @BeforeAll
  static void start() {
    api = ApiStack.shared();
  }

  @Test
  void readingTheLogIsItselfAuditedAndTheChainVerifies() {
    String auditor = api.token("aud-1", "auditor");
    api.get(api.as("coordinator"), "/api/tasks");
    Answer first = api.get(auditor, "/api/audit?limit=1");
    assertEquals(200, first.status(), first.body());
    JsonNode row = first.json().get(0);
    assertEquals("u-coordinator", row.get("actor").asText());
    assertEquals("coordinator", row.get("role").asText());
    assertEquals("view-inbox", row.get("action").asText());
    assertEquals("inbox:coordinator", row.get("record").asText());
    assertEquals("operations", row.get("purpose").asText());
    long seq = row.get("seq").asLong();

    Answer next = api.get(auditor, "/api/audit?from=" + seq + "&limit=5");
    assertEquals(2, next.json().size(), next.body());
    JsonNode own = next.json().get(1);
    assertEquals("aud-1", own.get("actor").asText());
    assertEquals("read-audit-log", own.get("action").asText());
    assertEquals("audit", own.get("purpose").asText());
    assertEquals(row.get("rowHash").asText(), own.get("prevHash").asText(), "chained");

    Answer verify = api.get(auditor, "/api/audit/verify");
    assertEquals(200, verify.status(), verify.body());
    assertTrue(verify.json().get("intact").asBoolean(), verify.body());
    assertTrue(verify.json().get("rowsChecked").asLong() >= seq + 1);
    assertTrue(verify.json().get("firstBrokenSeq").isNull());
    assertTrue(verify.json().get("headHash").asText().matches("[0-9a-f]{64}"));

    assertEquals(400, api.get(auditor, "/api/audit?limit=0").status());
    assertEquals(400, api.get(auditor, "/api/audit?from=0").status());
    assertEquals(403, api.get(api.as("supervisor"), "/api/audit/verify").status());
  }
}
