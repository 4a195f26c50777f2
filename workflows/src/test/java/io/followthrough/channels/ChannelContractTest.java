package io.followthrough.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelContractTest {

  @Test
  void defaultsAreOutboundAndNeverRetryRefusals() {
    ActivityOptions options = ChannelOptions.defaults();
    assertEquals(Duration.ofMinutes(1), options.getStartToCloseTimeout());
    assertEquals(Duration.ofHours(4), options.getScheduleToCloseTimeout());
    List<String> doNotRetry = List.of(options.getRetryOptions().getDoNotRetry());
    assertEquals(ChannelActivities.NON_RETRYABLE, doNotRetry);
  }

  @Test
  void messagesRoundTripAndHideTextInToString() {
    var converter = DefaultDataConverter.STANDARD_INSTANCE;
    OutboundMessage out =
        new OutboundMessage(
            Channel.SMS,
            "pt-0001",
            "referral-offer-slot",
            Map.of("slotId", "slot-00001"),
            "en",
            "referral/fax-1:offer:1");
    assertEquals(
        out,
        converter.fromPayload(
            converter.toPayload(out).orElseThrow(), OutboundMessage.class, OutboundMessage.class));
    InboundMessage in =
        new InboundMessage(
            Channel.SMS,
            "pt-0001",
            InboundKind.DECLINE,
            "no, my sister drives me on fridays",
            "msg-000001",
            null,
            Instant.parse("2026-03-02T15:00:00Z"));
    assertEquals(
        in,
        converter.fromPayload(
            converter.toPayload(in).orElseThrow(), InboundMessage.class, InboundMessage.class));
    assertFalse(in.toString().contains("sister"));
    assertTrue(in.toString().contains("DECLINE"));
    assertEquals(
        Map.of(), new OutboundMessage(Channel.FAX, "prov-01", "t", null, "en", "k").variables());
  }

  @Test
  void aDraftedBodyRoundTripsAndStaysOutOfToString() {
    var converter = DefaultDataConverter.STANDARD_INSTANCE;
    OutboundMessage out =
        new OutboundMessage(
            Channel.SMS,
            "pt-0001",
            "referral-outreach.patient.sms",
            Map.of("first_name", "Ana"),
            "es",
            "referral/fax-1:outreach:1",
            "Hola Ana, agende su cita: https://sched.example/x");
    assertEquals(
        out,
        converter.fromPayload(
            converter.toPayload(out).orElseThrow(), OutboundMessage.class, OutboundMessage.class));
    assertFalse(out.toString().contains("Ana"));
    assertTrue(out.toString().contains("body=" + out.body().length() + " chars"));
    assertEquals(null, new OutboundMessage(Channel.SMS, "pt-1", "t", null, "en", "k").body());
  }

  @Test
  void aMessageRecordedBeforeBodiesExistedStillReads() {
    var converter = DefaultDataConverter.STANDARD_INSTANCE;
    String old =
        "{\"channel\":\"SMS\",\"recipientRef\":\"pt-0001\",\"templateId\":\"t\","
            + "\"variables\":{},\"language\":\"en\",\"idempotencyKey\":\"k\"}";
    var payload =
        io.temporal.api.common.v1.Payload.newBuilder()
            .putMetadata("encoding", com.google.protobuf.ByteString.copyFromUtf8("json/plain"))
            .setData(com.google.protobuf.ByteString.copyFromUtf8(old))
            .build();
    OutboundMessage read =
        converter.fromPayload(payload, OutboundMessage.class, OutboundMessage.class);
    assertEquals(new OutboundMessage(Channel.SMS, "pt-0001", "t", Map.of(), "en", "k"), read);
  }
}
