package io.followthrough.workers.api;

import static io.followthrough.workers.api.ApiStack.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.workers.api.ApiStack.Answer;
import io.followthrough.workers.intake.DemoFaxes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A referral fax uploaded through the API is understood by the real intake workflow; the document
 * endpoint then serves its metadata and every extracted field with the page and span it was read
 * from, audited as a read of PHI.
 */
class DocumentApiTest {

  static ApiStack api;

  @BeforeAll
  static void start() {
    api = ApiStack.shared();
  }

  @Test
  void uploadedReferralServesFieldsWithEvidence() throws Exception {
    String coordinator = api.token("doc-reader", "coordinator");
    HttpResponse<String> upload =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api.url + "/api/documents"))
                    .header("Authorization", "Bearer " + coordinator)
                    .header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(DemoFaxes.referral()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(202, upload.statusCode(), upload.body());
    String documentId = ApiStack.JSON.readTree(upload.body()).get("documentId").asText();
    String path = "/api/documents/" + documentId;

    JsonNode progress =
        eventually(
            () -> api.get(coordinator, path + "?fields=false").json(),
            d -> d.path("intake").path("understood").asBoolean());
    assertTrue(progress.get("intake").get("understood").asBoolean(), progress.toString());
    assertEquals(0, progress.get("fields").size(), "fields=false leaves values out");

    Answer detail = api.get(coordinator, path);
    assertEquals(200, detail.status(), detail.body());
    JsonNode document = detail.json();
    assertEquals("application/pdf", document.get("document").get("mediaType").asText());
    assertEquals(1, document.get("document").get("pages").asInt());
    assertEquals("fax-intake/" + documentId, document.get("workflowId").asText());
    assertEquals("referral", document.get("type").asText(), document.toString());
    JsonNode fields = document.get("fields");
    assertFalse(fields.isEmpty(), document.toString());
    for (JsonNode field : fields) {
      assertFalse(field.get("name").asText().isEmpty());
      assertTrue(field.get("evidence").get("page").asInt() >= 1, field.toString());
      assertTrue(
          field.get("evidence").get("end").asInt() > field.get("evidence").get("start").asInt(),
          field.toString());
    }
    assertTrue(
        document
            .get("intake")
            .get("fieldsFound")
            .toString()
            .contains(fields.get(0).get("name").asText()));

    assertEquals(403, api.get(api.as("auditor"), path).status(), "auditors read no documents");
    assertEquals(404, api.get(coordinator, "/api/documents/" + "0".repeat(64)).status());
    assertEquals(400, api.get(coordinator, "/api/documents/not-a-hash").status());

    long reads = 0;
    for (JsonNode row : api.get(api.as("auditor"), "/api/audit?limit=1000").json()) {
      if (row.get("actor").asText().equals("doc-reader")
          && row.get("record").asText().equals("document:" + documentId)) {
        reads += row.get("action").asText().equals("read-document") ? 1 : 0;
        assertTrue(
            row.get("action").asText().matches("read-document|upload-document"), row.toString());
      }
    }
    assertTrue(reads >= 2, "every read is audited: " + reads);
  }
}
