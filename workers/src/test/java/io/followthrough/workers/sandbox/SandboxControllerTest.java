package io.followthrough.workers.sandbox;

import static io.followthrough.workers.sandbox.SandboxHttp.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.channels.Channel;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxControllerTest {
  @TempDir static Path data;
  static SandboxHttp app;

  @BeforeAll
  static void start() {
    app = new SandboxHttp(data, Map.of("followthrough.dev-mode", true));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static String firstSlot(String specialty) throws Exception {
    HttpResponse<String> slots = app.get("/sandbox/slots?specialty=" + specialty);
    assertEquals(200, slots.statusCode(), slots.body());
    return body(slots).get(0).get("slotId").asText();
  }

  static String booking(String patient, String slot, String key) {
    return "{\"patient_ref\":\"%s\",\"slot_id\":\"%s\",\"idempotency_key\":\"%s\"}"
        .formatted(patient, slot, key);
  }

  @Test
  void listsFakePatientsWithRefLanguageAndZoneOnly() throws Exception {
    JsonNode patients = body(app.get("/sandbox/patients"));

    assertEquals(50, patients.size());
    assertEquals("pt-0001", patients.get(0).get("ref").asText());
    assertTrue(patients.get(0).has("language"));
    assertTrue(patients.get(0).has("timeZone"));
    assertEquals(3, patients.get(0).size());
  }

  @Test
  void bookingIsIdempotentVisibleAndTheTakenSlotIs409() throws Exception {
    String slot = firstSlot("dermatology");

    HttpResponse<String> first =
        app.post("/sandbox/appointments", booking("pt-0003", slot, "demo-book-1"));
    HttpResponse<String> again =
        app.post(
            "/sandbox/appointments",
            "{\"patient_ref\":\"pt-0003\",\"slot_id\":\"" + slot + "\"}",
            "Idempotency-Key",
            "demo-book-1");
    HttpResponse<String> other =
        app.post("/sandbox/appointments", booking("pt-0004", slot, "demo-book-2"));

    assertEquals(201, first.statusCode(), first.body());
    String id = body(first).get("appointmentId").asText();
    assertEquals(id, body(again).get("appointmentId").asText());
    assertEquals(409, other.statusCode());
    assertEquals("SlotTaken", body(other).get("error").asText());
    JsonNode shown = body(app.get("/sandbox/appointments/" + id));
    assertEquals("BOOKED", shown.get("status").asText());
    assertEquals("pt-0003", shown.get("patientRef").asText());
    assertTrue(
        body(app.get("/sandbox/slots?specialty=dermatology")).findValuesAsText("slotId").stream()
            .noneMatch(slot::equals),
        "a booked slot is no longer offered");
  }

  @Test
  void staffMovesAnAppointmentAndRefusesAnImpossibleMove() throws Exception {
    String id =
        body(app.post("/sandbox/appointments", booking("pt-0005", firstSlot("neurology"), "k-5")))
            .get("appointmentId")
            .asText();

    assertEquals(
        "ARRIVED",
        body(app.post("/sandbox/appointments/" + id + "/arrived", "")).get("status").asText());
    assertEquals(
        "CHECKED_OUT",
        body(app.post("/sandbox/appointments/" + id + "/checked-out", "")).get("status").asText());
    HttpResponse<String> cancel = app.post("/sandbox/appointments/" + id + "/cancel", "");
    assertEquals(409, cancel.statusCode());
    assertEquals("InvalidAppointmentTransition", body(cancel).get("error").asText());
    assertEquals(404, app.post("/sandbox/appointments/appt-9999/no-show", "").statusCode());
  }

  @Test
  void badRequestsAreExplained() throws Exception {
    HttpResponse<String> noKey =
        app.post(
            "/sandbox/appointments", "{\"patient_ref\":\"pt-0001\",\"slot_id\":\"slot-00001\"}");
    HttpResponse<String> badSpecialty = app.get("/sandbox/slots?specialty=astrology");
    HttpResponse<String> badDate = app.get("/sandbox/slots?specialty=cardiology&from=tomorrow");
    HttpResponse<String> unknownPatient =
        app.post("/sandbox/appointments", booking("pt-9999", firstSlot("cardiology"), "k-x"));

    assertEquals(400, noKey.statusCode());
    assertTrue(body(noKey).get("message").asText().contains("idempotency key"));
    assertEquals(400, badSpecialty.statusCode());
    assertEquals(400, badDate.statusCode());
    assertEquals(404, unknownPatient.statusCode());
    assertEquals(400, app.get("/sandbox/outbox?channel=PIGEON").statusCode());
    assertEquals(400, app.post("/webhooks/channels/inbound", "{\"channel\":\"SMS\"}").statusCode());
    assertEquals(
        404,
        app.post(
                "/webhooks/channels/receipt",
                "{\"message_id\":\"msg-999999\",\"status\":\"DELIVERED\"}")
            .statusCode());
  }

  @Test
  void stopOverTheWebhookOptsThePatientOutOfLaterTexts() throws Exception {
    PracticeSandbox sandbox = app.http.bean(PracticeSandbox.class);
    var sent = sandbox.channels().send(sms("pt-0011", "stop-test-1"));
    HttpResponse<String> stop =
        app.post(
            "/webhooks/channels/inbound",
            "{\"channel\":\"SMS\",\"from_ref\":\"pt-0011\",\"text\":\"STOP\"}");

    assertEquals(202, stop.statusCode(), stop.body());
    assertEquals("STOP", body(stop).get("kind").asText());
    assertEquals(sent.messageId(), body(stop).get("inReplyTo").asText());
    assertEquals(
        SendStatus.OPTED_OUT, sandbox.channels().send(sms("pt-0011", "stop-test-2")).status());
    JsonNode outbox = body(app.get("/sandbox/outbox?channel=sms"));
    assertEquals(
        1,
        outbox.findValuesAsText("recipientRef").stream().filter("pt-0011"::equals).count(),
        "only the text before STOP went out");
  }

  @Test
  void aReceiptIsRecordedAgainstTheMessage() throws Exception {
    PracticeSandbox sandbox = app.http.bean(PracticeSandbox.class);
    String messageId = sandbox.channels().send(sms("pt-0012", "receipt-test")).messageId();

    HttpResponse<String> receipt =
        app.post(
            "/webhooks/channels/receipt",
            "{\"message_id\":\"" + messageId + "\",\"status\":\"delivered\"}");

    assertEquals(202, receipt.statusCode(), receipt.body());
    assertEquals("DELIVERY_RECEIPT", body(receipt).get("kind").asText());
    assertEquals("DELIVERED", body(receipt).get("deliveryStatus").asText());
    assertEquals(messageId, body(receipt).get("inReplyTo").asText());
    assertTrue(
        sandbox.channels().inbound().stream()
            .anyMatch(m -> messageId.equals(m.inReplyTo()) && m.deliveryStatus() != null));
  }

  @Test
  void outsideDevModeThereAreNoSandboxEndpoints(@TempDir Path other) throws Exception {
    try (SandboxHttp prod = new SandboxHttp(other, Map.of())) {
      assertEquals(404, prod.get("/sandbox/patients").statusCode());
      assertEquals(
          404,
          prod.post(
                  "/webhooks/channels/inbound",
                  "{\"channel\":\"SMS\",\"from_ref\":\"pt-0001\",\"text\":\"STOP\"}")
              .statusCode());
    }
    assertTrue(java.nio.file.Files.notExists(other.resolve("practice")), "no sandbox file");
  }

  static OutboundMessage sms(String ref, String key) {
    return new OutboundMessage(Channel.SMS, ref, "sandbox-test", Map.of(), "en", key);
  }
}
