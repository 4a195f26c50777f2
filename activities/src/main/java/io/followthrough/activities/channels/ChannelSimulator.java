package io.followthrough.activities.channels;

import io.followthrough.activities.practice.SnapshotFile;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every channel (SMS, email, voice, fax, letter, portal) simulated in memory: what a carrier would
 * send is recorded in a per-channel outbox instead. Thread-safe. Each idempotency key sends at most
 * once (a repeat gets the first receipt with {@code duplicate=true}), which makes "no duplicate
 * patient messages" checkable: count the outbox. Replies and delivery receipts are injected with
 * {@link #receive} and {@link #deliver} and published to {@link InboundListener}s. Opt-outs are per
 * channel and address; a wrong number blocks SMS and voice to that phone. {@link #persistent} keeps
 * all of it in a JSON snapshot across restarts.
 */
public final class ChannelSimulator {
  private static final Logger log = LoggerFactory.getLogger(ChannelSimulator.class);

  private final RecipientDirectory directory;
  private final Clock clock;
  private final Map<String, SendReceipt> receipts;
  private final List<SentMessage> sent;
  private final List<InboundMessage> inbound;
  private final Set<String> optedOut;
  private final Set<String> wrongNumbers;
  private final ChannelState state;
  private final SnapshotFile<ChannelState> snapshot;
  private final List<InboundListener> listeners = new CopyOnWriteArrayList<>();

  /** A simulator that keeps everything in memory. */
  public ChannelSimulator(RecipientDirectory directory, Clock clock) {
    this(directory, clock, ChannelState.empty(), null);
  }

  private ChannelSimulator(
      RecipientDirectory directory,
      Clock clock,
      ChannelState state,
      SnapshotFile<ChannelState> snapshot) {
    this.directory = directory;
    this.clock = clock;
    this.state = state;
    this.snapshot = snapshot;
    this.receipts = state.receipts();
    this.sent = state.sent();
    this.inbound = state.inbound();
    this.optedOut = state.optedOut();
    this.wrongNumbers = state.wrongNumbers();
  }

  /**
   * A simulator that resumes from {@code snapshotFile} (if it exists) and saves every change to it,
   * so idempotency keys, outboxes and opt-outs survive a restart of the dev stack.
   */
  public static ChannelSimulator persistent(
      Path snapshotFile, RecipientDirectory directory, Clock clock) {
    SnapshotFile<ChannelState> snapshot = new SnapshotFile<>(snapshotFile, ChannelState.class);
    ChannelState state = snapshot.exists() ? snapshot.read() : ChannelState.empty();
    return new ChannelSimulator(directory, clock, state, snapshot);
  }

  public void addListener(InboundListener listener) {
    listeners.add(listener);
  }

  /** Sends {@code message} at most once per idempotency key; see {@link ChannelActivities#send}. */
  public synchronized SendReceipt send(OutboundMessage message) {
    OutboundChecks.validate(message);
    SendReceipt earlier = receipts.get(message.idempotencyKey());
    if (earlier != null) {
      log.info("duplicate send dropped key={}", message.idempotencyKey());
      return new SendReceipt(earlier.messageId(), earlier.status(), true);
    }
    String address =
        directory
            .address(message.recipientRef(), message.channel())
            .orElseThrow(
                () ->
                    new ChannelException(
                        ChannelActivities.UNKNOWN_RECIPIENT,
                        "no " + message.channel() + " address for " + message.recipientRef()));
    SendReceipt receipt;
    if (optedOut.contains(optOutKey(message.channel(), address))) {
      receipt = new SendReceipt(null, SendStatus.OPTED_OUT, false);
    } else if (isPhone(message.channel()) && wrongNumbers.contains(address)) {
      receipt = new SendReceipt(null, SendStatus.WRONG_NUMBER, false);
    } else {
      String id = "msg-%06d".formatted(sent.size() + 1);
      sent.add(
          new SentMessage(
              id,
              message.channel(),
              message.recipientRef(),
              address,
              message.templateId(),
              message.variables(),
              message.language(),
              message.idempotencyKey(),
              clock.instant(),
              message.body()));
      receipt = new SendReceipt(id, SendStatus.ACCEPTED, false);
    }
    receipts.put(message.idempotencyKey(), receipt);
    save();
    log.info(
        "{} {} to {} template={} key={}",
        message.channel(),
        receipt.status(),
        message.recipientRef(),
        message.templateId(),
        message.idempotencyKey());
    return receipt;
  }

  /** Every message sent, in order. */
  public synchronized List<SentMessage> sent() {
    return List.copyOf(sent);
  }

  /** The messages sent on {@code channel}, in order. */
  public synchronized List<SentMessage> outbox(Channel channel) {
    return sent.stream().filter(m -> m.channel() == channel).toList();
  }

  /** The sent message {@code messageId}, if there is one. */
  public synchronized Optional<SentMessage> message(String messageId) {
    return sent.stream().filter(m -> m.messageId().equals(messageId)).findFirst();
  }

  /** The latest message sent to {@code recipientRef} on any channel, if any. */
  public synchronized Optional<SentMessage> latestTo(String recipientRef) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      if (sent.get(i).recipientRef().equals(recipientRef)) {
        return Optional.of(sent.get(i));
      }
    }
    return Optional.empty();
  }

  /** Every reply and receipt received, in order. */
  public synchronized List<InboundMessage> inbound() {
    return List.copyOf(inbound);
  }

  /**
   * A reply from {@code fromRef}: classified, applied (STOP opts the sender out of the channel,
   * WRONG_NUMBER marks the number) and published. It answers the latest message to the sender.
   */
  public InboundMessage receive(Channel channel, String fromRef, String text) {
    return receive(channel, fromRef, text, false);
  }

  /**
   * A message from {@code fromRef}; with {@code newConversation} it answers nothing we sent (a
   * patient writing first, a voicemail transcript) and carries no {@code inReplyTo}, else as {@link
   * #receive(Channel, String, String)}.
   */
  public InboundMessage receive(
      Channel channel, String fromRef, String text, boolean newConversation) {
    InboundMessage message;
    synchronized (this) {
      InboundKind kind = InboundClassifier.classify(text);
      String inReplyTo = null;
      for (SentMessage m : sent) {
        if (!newConversation && m.channel() == channel && m.recipientRef().equals(fromRef)) {
          inReplyTo = m.messageId();
        }
      }
      String address = directory.address(fromRef, channel).orElse(null);
      if (kind == InboundKind.STOP && address != null) {
        optedOut.add(optOutKey(channel, address));
      } else if (kind == InboundKind.WRONG_NUMBER && address != null && isPhone(channel)) {
        wrongNumbers.add(address);
      }
      message = new InboundMessage(channel, fromRef, kind, text, inReplyTo, null, clock.instant());
      inbound.add(message);
      save();
      log.info("{} reply from {} kind={} inReplyTo={}", channel, fromRef, kind, inReplyTo);
    }
    publish(message);
    return message;
  }

  /** A carrier's delivery receipt for a sent message. */
  public InboundMessage deliver(String messageId, DeliveryStatus status) {
    InboundMessage receipt;
    synchronized (this) {
      SentMessage m =
          sent.stream()
              .filter(s -> s.messageId().equals(messageId))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("unknown message " + messageId));
      receipt =
          new InboundMessage(
              m.channel(),
              m.recipientRef(),
              InboundKind.DELIVERY_RECEIPT,
              null,
              messageId,
              status,
              clock.instant());
      inbound.add(receipt);
      save();
      log.info("{} receipt for {}: {}", m.channel(), messageId, status);
    }
    publish(receipt);
    return receipt;
  }

  /** Opts the recipient's address out of {@code channel} (as a STOP reply does). */
  public synchronized void optOut(String recipientRef, Channel channel) {
    directory.address(recipientRef, channel).ifPresent(a -> optedOut.add(optOutKey(channel, a)));
    save();
  }

  public synchronized boolean isOptedOut(String recipientRef, Channel channel) {
    return directory
        .address(recipientRef, channel)
        .map(a -> optedOut.contains(optOutKey(channel, a)))
        .orElse(false);
  }

  /** Marks the recipient's phone as a wrong number: no more SMS or calls to it. */
  public synchronized void markWrongNumber(String recipientRef) {
    directory.address(recipientRef, Channel.SMS).ifPresent(wrongNumbers::add);
    directory.address(recipientRef, Channel.VOICE).ifPresent(wrongNumbers::add);
    save();
  }

  private void save() {
    if (snapshot != null) {
      snapshot.write(state);
    }
  }

  private void publish(InboundMessage message) {
    for (InboundListener listener : listeners) {
      try {
        listener.onInbound(message);
      } catch (RuntimeException e) {
        // The exception's message may quote the reply: log its type only.
        log.warn(
            "inbound listener failed on {} from {}: {}",
            message.kind(),
            message.fromRef(),
            e.getClass().getSimpleName());
      }
    }
  }

  private static boolean isPhone(Channel channel) {
    return channel == Channel.SMS || channel == Channel.VOICE;
  }

  private static String optOutKey(Channel channel, String address) {
    return channel + " " + address;
  }
}
