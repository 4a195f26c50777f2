package io.followthrough.workers.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaxWebhookControllerTest {
  @TempDir static Path data;
  static IntakeStack stack;
  static HttpServer provider;
  static String media;

  @BeforeAll
  static void start() throws Exception {
    stack = new IntakeStack(data, 200_000);
    // A local stand-in for a fax provider's media storage.
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] refill = DemoFaxes.all().get("refill-request");
    provider.createContext(
        "/media/refill.pdf",
        exchange -> {
          exchange.sendResponseHeaders(200, refill.length);
          exchange.getResponseBody().write(refill);
          exchange.close();
        });
    provider.createContext(
        "/media/huge",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[64 * 1024];
          try {
            for (int i = 0; i < 10; i++) {
              exchange.getResponseBody().write(chunk);
            }
          } catch (java.io.IOException clientWentAway) {
            // expected: the fetcher stops reading at the cap
          }
          exchange.close();
        });
    provider.createContext(
        "/media/slow",
        exchange -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    provider.createContext(
        "/media/missing",
        exchange -> {
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    provider.start();
    media = "http://127.0.0.1:" + provider.getAddress().getPort() + "/media/";
  }

  @AfterAll
  static void stop() {
    provider.stop(0);
    stack.close();
  }

  static HttpResponse<String> send(ObjectNode fax) throws Exception {
    return stack.post(
        "/webhooks/fax", "application/json", fax.toString().getBytes(StandardCharsets.UTF_8));
  }

  static ObjectNode fax(String faxId) {
    return DocumentControllerTest.JSON
        .createObjectNode()
        .put("provider", "acme")
        .put("fax_id", faxId)
        .put("from", "+15550001111")
        .put("to", "+15550002222")
        .put("pages", 1);
  }

  @Test
  void base64FaxIsAcceptedOnceByContent() throws Exception {
    String b64 = Base64.getEncoder().encodeToString(DemoFaxes.referral());
    HttpResponse<String> first = send(fax("F-1").put("media_base64", b64));
    assertEquals(202, first.statusCode(), first.body());
    JsonNode receipt = DocumentControllerTest.json(first);
    assertEquals("F-1", receipt.get("faxId").asText());
    assertFalse(receipt.get("duplicate").asBoolean());
    // The provider retries the webhook with a new fax id: same content, same intake.
    JsonNode retry = DocumentControllerTest.json(send(fax("F-1-retry").put("media_base64", b64)));
    assertTrue(retry.get("duplicate").asBoolean());
    assertEquals(receipt.get("workflowId"), retry.get("workflowId"));
  }

  @Test
  void mediaUrlIsFetchedWithinLimits() throws Exception {
    HttpResponse<String> ok = send(fax("F-2").put("media_url", media + "refill.pdf"));
    assertEquals(202, ok.statusCode(), ok.body());
    assertEquals(
        DocumentControllerTest.sha256(DemoFaxes.all().get("refill-request")),
        DocumentControllerTest.json(ok).get("documentId").asText());

    assertEquals(413, send(fax("F-3").put("media_url", media + "huge")).statusCode());
    long started = System.nanoTime();
    HttpResponse<String> slow = send(fax("F-4").put("media_url", media + "slow"));
    assertEquals(502, slow.statusCode());
    assertTrue(System.nanoTime() - started < 4_500_000_000L, "the fetch gave up at its timeout");
    assertEquals(502, send(fax("F-5").put("media_url", media + "missing")).statusCode());
    assertEquals(400, send(fax("F-6").put("media_url", "file:///etc/passwd")).statusCode());
  }

  @Test
  void malformedRequestsAreRefusedAndDamagedFaxesKeptForReview() throws Exception {
    assertEquals(400, send(fax("F-7")).statusCode(), "no media at all");
    assertEquals(400, send(fax("F-8").put("media_base64", "@@not base64@@")).statusCode());
    // A fax cannot be refused back to its sender: damaged content is kept and reviewed.
    byte[] damaged = "%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> kept =
        send(fax("F-9").put("media_base64", Base64.getEncoder().encodeToString(damaged)));
    assertEquals(202, kept.statusCode(), kept.body());
    assertEquals("CORRUPT", DocumentControllerTest.json(kept).get("rejection").asText());
  }
}
