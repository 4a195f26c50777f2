package io.followthrough.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.metadata.POJOActivityInterfaceMetadata;
import io.temporal.common.metadata.POJOActivityMethodMetadata;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LedgerEventTest {

  private static LedgerEvent.Builder base() {
    return LedgerEvent.newBuilder()
        .outcome("referral/f-1", "run-1", "referral")
        .type(LedgerEventType.STAGE_CHANGED)
        .stage("verify")
        .sequence(4)
        .workflowTime(Instant.parse("2026-03-02T09:00:00Z"));
  }

  @Test
  void activityTypeConstantsMatchTheInterface() {
    Map<String, String> types =
        POJOActivityInterfaceMetadata.newInstance(LedgerActivities.class)
            .getMethodsMetadata()
            .stream()
            .collect(
                Collectors.toMap(
                    m -> m.getMethod().getName(), POJOActivityMethodMetadata::getActivityTypeName));
    assertEquals(LedgerActivities.RECORD_TYPE, types.get("record"));
    assertEquals(LedgerActivities.RECORD_ALL_TYPE, types.get("recordAll"));
  }

  @Test
  void defaultKeyIsWorkflowRunAndSequence() {
    assertEquals("referral/f-1#run-1#4", base().build().idempotencyKey());
    assertEquals("k-1", base().idempotencyKey("k-1").build().idempotencyKey());
  }

  @Test
  void freeTextIsRefusedWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> base().reasonCode("Jane Doe called").build());
    assertTrue(e.getMessage().startsWith("reasonCode must be a code"));
    assertFalse(e.getMessage().contains("Jane"));
  }

  @Test
  void requiredFieldsPerType() {
    assertThrows(IllegalArgumentException.class, () -> base().stage(null).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> base().type(LedgerEventType.HUMAN_TASK_OPENED).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> base().task(HumanTaskRef.of("t-1", "coordinator")).build());
    assertThrows(
        IllegalArgumentException.class, () -> new HumanTaskRef("t", "coordinator", 9, null, null));
  }

  @Test
  void survivesTemporalPayloadConversion() {
    LedgerEvent event =
        base()
            .type(LedgerEventType.HUMAN_TASK_OPENED)
            .stage(null)
            .task(
                new HumanTaskRef(
                    "t-1", "coordinator", 2, Instant.parse("2026-03-03T09:00:00Z"), "doc:ab"))
            .build();
    var converter = DefaultDataConverter.newDefaultInstance();
    var payload = converter.toPayload(event).orElseThrow();
    assertEquals(event, converter.fromPayload(payload, LedgerEvent.class, LedgerEvent.class));
  }

  @Test
  void siteIsAnOptionalCode() {
    assertEquals(null, base().build().site());
    assertEquals("clinic-north", base().site("clinic-north").build().site());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base().site("North Clinic").build());
    assertTrue(e.getMessage().startsWith("site must be a code"));
    assertThrows(IllegalArgumentException.class, () -> base().site("s".repeat(65)).build());
  }

  @Test
  void siteSurvivesPayloadConversionAndOldPayloadsHaveNone() {
    var converter = DefaultDataConverter.newDefaultInstance();
    LedgerEvent withSite = base().site("clinic-north").build();
    var payload = converter.toPayload(withSite).orElseThrow();
    assertEquals(withSite, converter.fromPayload(payload, LedgerEvent.class, LedgerEvent.class));

    // An event serialized before sites existed: the JSON has no "site" property.
    String old = payload.getData().toStringUtf8().replace(",\"site\":\"clinic-north\"", "");
    assertFalse(old.contains("site"));
    var oldPayload = payload.toBuilder().setData(com.google.protobuf.ByteString.copyFromUtf8(old));
    LedgerEvent read =
        converter.fromPayload(oldPayload.build(), LedgerEvent.class, LedgerEvent.class);
    assertEquals(null, read.site());
    assertEquals(base().build(), read);
  }
}
