package io.followthrough.workers.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.intake.FaxIntakeWorkflow;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentControllerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path data;
  static IntakeStack stack;

  @BeforeAll
  static void start() {
    stack = new IntakeStack(data, 200_000);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  @Test
  void rawUploadIsStoredEncryptedAndStartsOneIntake() throws Exception {
    byte[] referral = DemoFaxes.referral();
    HttpResponse<String> first = stack.post("/api/documents", "application/pdf", referral);
    assertEquals(202, first.statusCode(), first.body());
    JsonNode receipt = json(first);
    String id = receipt.get("documentId").asText();
    assertEquals(64, id.length());
    assertEquals(FaxIntakeWorkflow.workflowId(id), receipt.get("workflowId").asText());
    assertFalse(receipt.get("duplicate").asBoolean());
    assertEquals("application/pdf", receipt.get("mediaType").asText());
    assertEquals(1, receipt.get("pages").asInt());

    // The same bytes again, with a misleading Content-Type: same document, same workflow.
    HttpResponse<String> again = stack.post("/api/documents", "application/octet-stream", referral);
    assertEquals(202, again.statusCode());
    assertTrue(json(again).get("duplicate").asBoolean());
    assertEquals(receipt.get("workflowId"), json(again).get("workflowId"));

    Path blob = data.resolve("documents").resolve(id.substring(0, 2)).resolve(id + ".blob");
    byte[] stored = Files.readAllBytes(blob);
    assertFalse(
        new String(stored, StandardCharsets.ISO_8859_1).contains("Jordan Demo"), "sealed at rest");
    assertEquals(
        "FaxIntake",
        stack
            .dev
            .client
            .newUntypedWorkflowStub(FaxIntakeWorkflow.workflowId(id))
            .describe()
            .getWorkflowType());
    HttpResponse<String> status = stack.get("/api/documents/" + id);
    assertEquals(200, status.statusCode(), status.body());
    assertEquals("fax-intake", json(status).get("state").get("outcomeType").asText());
  }

  @Test
  void multipartUploadIsAccepted() throws Exception {
    String boundary = "----followthrough-test";
    byte[] lab = DemoFaxes.all().get("lab-result");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    body.write(lab);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    HttpResponse<String> response =
        stack.post(
            "/api/documents", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    assertEquals(202, response.statusCode(), response.body());
    assertEquals(sha256(lab), json(response).get("documentId").asText());
  }

  static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void badInputGetsAClearStatusAndReason() throws Exception {
    HttpResponse<String> text =
        stack.post(
            "/api/documents", "application/pdf", "just text".getBytes(StandardCharsets.UTF_8));
    assertEquals(415, text.statusCode());
    assertEquals("UNSUPPORTED_TYPE", json(text).get("error").asText());

    byte[] referral = DemoFaxes.referral();
    HttpResponse<String> truncated =
        stack.post(
            "/api/documents", "application/pdf", Arrays.copyOf(referral, referral.length / 2));
    assertEquals(400, truncated.statusCode());
    assertEquals("CORRUPT", json(truncated).get("error").asText());
    assertTrue(json(truncated).get("message").asText().contains("damaged"));

    byte[] big = new byte[300_000];
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
    HttpResponse<String> tooLarge = stack.post("/api/documents", "application/pdf", big);
    assertEquals(413, tooLarge.statusCode());
    assertEquals("TOO_LARGE", json(tooLarge).get("error").asText());

    HttpResponse<String> empty = stack.post("/api/documents", "application/pdf", new byte[0]);
    assertEquals(400, empty.statusCode());
    assertEquals("EMPTY", json(empty).get("error").asText());

    try (Stream<Path> blobs = Files.walk(data.resolve("documents"))) {
      assertTrue(
          blobs.filter(Files::isRegularFile).noneMatch(p -> p.toString().endsWith(".part")),
          "nothing half-written");
    }
  }
}
