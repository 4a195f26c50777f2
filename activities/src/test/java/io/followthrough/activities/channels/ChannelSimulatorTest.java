package io.followthrough.activities.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.practice.SandboxPracticeSystem;
import io.followthrough.channels.Channel;
import io.followthrough.channels.ChannelActivities;
import io.followthrough.channels.DeliveryStatus;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.channels.OutboundMessage;
import io.followthrough.channels.SendReceipt;
import io.followthrough.channels.SendStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelSimulatorTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T14:00:00Z"), ZoneOffset.UTC);
  final SandboxPracticeSystem practice = SandboxPracticeSystem.demo(42, CLOCK);
  final ChannelSimulator channels = new ChannelSimulator(practice.contacts(), CLOCK);

  static OutboundMessage sms(String to, String key) {
    return new OutboundMessage(
        Channel.SMS, to, "referral-offer-slot", Map.of("slotId", "slot-00012"), "en", key);
  }

  @Test
  void sameKeyTwiceSendsOneMessage() {
    SendReceipt first = channels.send(sms("pt-0001", "referral/fax-1:offer:1"));
    SendReceipt second = channels.send(sms("pt-0001", "referral/fax-1:offer:1"));
    assertEquals(new SendReceipt(first.messageId(), SendStatus.ACCEPTED, false), first);
    assertEquals(new SendReceipt(first.messageId(), SendStatus.ACCEPTED, true), second);
    assertEquals(1, channels.outbox(Channel.SMS).size());
    assertEquals(
        practice.patient("pt-0001").orElseThrow().phone(),
        channels.outbox(Channel.SMS).get(0).address(),
        "the adapter resolved the reference");
    channels.send(sms("pt-0001", "referral/fax-1:offer:2"));
    assertEquals(2, channels.outbox(Channel.SMS).size(), "a new key is a new message");
  }

  @Test
  void outboxesArePerChannel() {
    channels.send(sms("pt-0001", "a"));
    channels.send(
        new OutboundMessage(Channel.FAX, "prov-01", "referral-closed-loop", null, "en", "b"));
    channels.send(
        new OutboundMessage(Channel.EMAIL, "pt-0002", "appointment-reminder", null, "es", "c"));
    assertEquals(1, channels.outbox(Channel.SMS).size());
    assertEquals(1, channels.outbox(Channel.FAX).size());
    assertEquals(practice.providers().get(0).fax(), channels.outbox(Channel.FAX).get(0).address());
    assertEquals(3, channels.sent().size());
    assertTrue(channels.outbox(Channel.VOICE).isEmpty());
  }

  @Test
  void stopReplyOptsOutOfSmsOnly() {
    SendReceipt offer = channels.send(sms("pt-0003", "k1"));
    InboundMessage stop = channels.receive(Channel.SMS, "pt-0003", "STOP");
    assertEquals(InboundKind.STOP, stop.kind());
    assertEquals(offer.messageId(), stop.inReplyTo());
    assertTrue(channels.isOptedOut("pt-0003", Channel.SMS));
    SendReceipt blocked = channels.send(sms("pt-0003", "k2"));
    assertEquals(new SendReceipt(null, SendStatus.OPTED_OUT, false), blocked);
    assertEquals(1, channels.outbox(Channel.SMS).size(), "nothing sent after STOP");
    assertEquals(
        SendStatus.ACCEPTED,
        channels
            .send(
                new OutboundMessage(
                    Channel.VOICE, "pt-0003", "appointment-reminder", null, "en", "k3"))
            .status());
    assertFalse(channels.isOptedOut("pt-0004", Channel.SMS));
  }

  @Test
  void wrongNumberBlocksSmsAndVoice() {
    channels.send(sms("pt-0005", "k1"));
    assertEquals(
        InboundKind.WRONG_NUMBER, channels.receive(Channel.SMS, "pt-0005", "wrong number").kind());
    assertEquals(SendStatus.WRONG_NUMBER, channels.send(sms("pt-0005", "k2")).status());
    assertEquals(
        SendStatus.WRONG_NUMBER,
        channels
            .send(new OutboundMessage(Channel.VOICE, "pt-0005", "t", null, "en", "k3"))
            .status());
    assertEquals(
        SendStatus.ACCEPTED,
        channels
            .send(new OutboundMessage(Channel.EMAIL, "pt-0005", "t", null, "en", "k4"))
            .status());
  }

  @Test
  void repliesAndReceiptsReachListeners() {
    List<InboundMessage> heard = new ArrayList<>();
    channels.addListener(heard::add);
    SendReceipt r = channels.send(sms("pt-0006", "k1"));
    channels.deliver(r.messageId(), DeliveryStatus.DELIVERED);
    channels.receive(Channel.SMS, "pt-0006", "Yes");
    channels.receive(Channel.SMS, "pt-0006", "no, I already have a cardiologist");
    assertEquals(
        List.of(InboundKind.DELIVERY_RECEIPT, InboundKind.AFFIRMATIVE, InboundKind.DECLINE),
        heard.stream().map(InboundMessage::kind).toList());
    assertEquals(DeliveryStatus.DELIVERED, heard.get(0).deliveryStatus());
    assertNull(heard.get(0).text());
    assertFalse(heard.get(2).toString().contains("cardiologist"), "reply text stays out of logs");
    assertEquals(3, channels.inbound().size());
  }

  @Test
  void referringOfficesAreReachedByFaxThroughTheirNpiOrTheFaxTheySent() {
    var contacts = practice.contacts();
    String ownNpi = practice.providers().get(0).npi();

    assertEquals("+13125550493", contacts.address("npi:1234567893", Channel.FAX).orElseThrow());
    assertEquals(
        practice.providers().get(0).fax(),
        contacts.address("npi:" + ownNpi, Channel.FAX).orElseThrow());
    assertTrue(contacts.address("npi:1234567890", Channel.FAX).isEmpty(), "check digit fails");
    assertTrue(contacts.address("npi:1234567893", Channel.SMS).isEmpty());
    assertTrue(
        contacts
            .address("fax-sender:" + "ab".repeat(32), Channel.FAX)
            .orElseThrow()
            .startsWith("+1312555"));
    assertTrue(contacts.address("fax-sender:not-a-document", Channel.FAX).isEmpty());
    SendReceipt update =
        channels.send(
            new OutboundMessage(
                Channel.FAX,
                "npi:1234567893",
                "referral-close-loop",
                null,
                "en",
                "referral/r:close:1"));
    assertEquals(SendStatus.ACCEPTED, update.status());
  }

  @Test
  void findsAMessageByIdAndTheLatestToARecipient() {
    SendReceipt sms = channels.send(sms("pt-0007", "referral/a:outreach:1"));
    SendReceipt email =
        channels.send(
            new OutboundMessage(
                Channel.EMAIL, "pt-0007", "t", null, "en", "referral/b:outreach:2"));
    channels.send(sms("pt-0008", "referral/c:outreach:1"));

    assertEquals(
        "referral/a:outreach:1", channels.message(sms.messageId()).orElseThrow().idempotencyKey());
    assertTrue(channels.message("msg-999999").isEmpty());
    assertEquals(email.messageId(), channels.latestTo("pt-0007").orElseThrow().messageId());
    assertTrue(channels.latestTo("pt-0009").isEmpty());
  }

  @Test
  void refusalsAreCodedAndFreeOfAddresses() {
    assertCode(ChannelActivities.INVALID_INPUT, sms("pt-0001", null));
    assertCode(ChannelActivities.INVALID_INPUT, sms("+12125550101", "k"));
    assertCode(ChannelActivities.INVALID_INPUT, sms("jane@example.org", "k"));
    assertCode(
        ChannelActivities.INVALID_INPUT,
        new OutboundMessage(null, "pt-0001", "t", null, "en", "k"));
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i < 21; i++) {
      many.put("v" + i, "x");
    }
    assertCode(
        ChannelActivities.INVALID_INPUT,
        new OutboundMessage(Channel.SMS, "pt-0001", "t", many, "en", "k"));
    assertCode(ChannelActivities.UNKNOWN_RECIPIENT, sms("pt-9999", "k"));
    assertCode(ChannelActivities.UNKNOWN_RECIPIENT, sms("prov-01", "k"));
    assertTrue(channels.sent().isEmpty());
  }

  @Test
  void aDraftedBodyIsRecordedAsSentAndKeptOutOfToString(@TempDir Path dir) {
    Path file = dir.resolve("channels/simulator.json");
    ChannelSimulator persistent = ChannelSimulator.persistent(file, practice.contacts(), CLOCK);
    String body = "Hi Ana, book your cardiology visit: https://book.example/r/1";
    persistent.send(
        new OutboundMessage(
            Channel.SMS, "pt-0001", "referral-outreach.patient.sms", Map.of(), "en", "k1", body));
    persistent.send(sms("pt-0002", "k2"));

    List<SentMessage> sent =
        ChannelSimulator.persistent(file, practice.contacts(), CLOCK).outbox(Channel.SMS);
    assertEquals(body, sent.get(0).body(), "the snapshot keeps what was sent");
    assertNull(sent.get(1).body(), "a template-only message has no body");
    assertFalse(sent.get(0).toString().contains("Ana"));
  }

  @Test
  void bodiesAreCheckedAgainstTheChannelLimit() {
    String sms = "x".repeat(Channel.SMS.maxBodyLength());
    assertEquals(
        SendStatus.ACCEPTED,
        channels
            .send(new OutboundMessage(Channel.SMS, "pt-0001", "t", null, "en", "k1", sms))
            .status());
    assertCode(
        ChannelActivities.INVALID_INPUT,
        new OutboundMessage(Channel.SMS, "pt-0001", "t", null, "en", "k2", sms + "x"));
    assertCode(
        ChannelActivities.INVALID_INPUT,
        new OutboundMessage(Channel.SMS, "pt-0001", "t", null, "en", "k3", "  "));
    assertEquals(
        SendStatus.ACCEPTED,
        channels
            .send(new OutboundMessage(Channel.FAX, "prov-01", "t", null, "en", "k4", sms + sms))
            .status(),
        "a fax takes a longer body");
    assertEquals(2, channels.sent().size());
  }

  @Test
  void persistentSimulatorKeepsKeysOutboxAndOptOutsAcrossRestarts(@TempDir Path dir) {
    Path file = dir.resolve("channels/simulator.json");
    ChannelSimulator before = ChannelSimulator.persistent(file, practice.contacts(), CLOCK);
    SendReceipt first = before.send(sms("pt-0001", "referral/fax-1:offer:1"));
    before.receive(Channel.SMS, "pt-0002", "stop");
    before.markWrongNumber("pt-0003");

    ChannelSimulator after = ChannelSimulator.persistent(file, practice.contacts(), CLOCK);
    assertEquals(
        new SendReceipt(first.messageId(), SendStatus.ACCEPTED, true),
        after.send(sms("pt-0001", "referral/fax-1:offer:1")));
    assertEquals(1, after.outbox(Channel.SMS).size());
    assertEquals(SendStatus.OPTED_OUT, after.send(sms("pt-0002", "k2")).status());
    assertEquals(SendStatus.WRONG_NUMBER, after.send(sms("pt-0003", "k3")).status());
    assertEquals(InboundKind.STOP, after.inbound().get(0).kind());
    assertEquals("msg-000002", after.send(sms("pt-0004", "k4")).messageId(), "ids continue");
  }

  void assertCode(String code, OutboundMessage m) {
    ChannelException e = assertThrows(ChannelException.class, () -> channels.send(m));
    assertEquals(code, e.code());
    assertFalse(e.getMessage().matches(".*\\d{7,}.*"), "no phone numbers in messages");
  }
}
