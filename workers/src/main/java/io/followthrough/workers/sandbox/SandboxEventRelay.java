package io.followthrough.workers.sandbox;

import io.followthrough.activities.channels.ChannelSimulator;
import io.followthrough.activities.channels.SentMessage;
import io.followthrough.activities.practice.PracticeEvent;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.channels.InboundMessage;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentEvent;
import io.followthrough.practice.AppointmentEventType;
import io.followthrough.sdk.IdempotencyKeys;
import io.followthrough.workers.triggers.OutcomeStarter;
import io.followthrough.workers.triggers.OutcomeTrigger;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the sandbox's events leave for workflows: replies and delivery receipts become the {@code
 * inbound} signal, appointment changes the {@code appointment} signal ({@link AppointmentEvent}),
 * of the workflow they belong to. Subscribed once to the process's sandbox by {@link SandboxBeans};
 * called after the change, outside the sandbox's lock, on the thread that made it (an HTTP request
 * or an activity).
 *
 * <p>Correlation uses no PHI, only idempotency keys ({@code <workflowId>:<stage>:<step>}): a reply
 * or receipt answers an outbound message ({@code inReplyTo}), whose key names the workflow; a reply
 * that answers nothing known goes to the workflow of the latest message sent to its sender. An
 * appointment belongs to the workflow its booking key named (the sandbox remembers it).
 *
 * <p>Every event is then offered to the {@link OutcomeTrigger}s, which may start an outcome for it
 * (a cancellation, a booking). A message that starts a new conversation ({@code inReplyTo} null,
 * not a receipt) goes to the triggers first; when none takes it, to the workflow of the latest
 * message sent to its sender, as before.
 *
 * <p>An event that names no workflow, or whose workflow is closed or unknown, is logged (refs only)
 * and dropped; so is one whose signal fails. Each outcome is counted in {@value #METRIC}, tagged by
 * {@code signal} and {@code result} (never by workflow id).
 */
public class SandboxEventRelay {
  private static final Logger log = LoggerFactory.getLogger(SandboxEventRelay.class);

  /** Signal carrying an {@link InboundMessage}. */
  public static final String INBOUND_SIGNAL = "inbound";

  /** Signal carrying an {@link AppointmentEvent}. */
  public static final String APPOINTMENT_SIGNAL = "appointment";

  /** Counter of relayed and dropped events. */
  public static final String METRIC = "followthrough.sandbox.relay";

  /** What became of one event. */
  public enum Delivery {
    /** Signalled to its workflow. */
    SIGNALLED,
    /** It names no workflow (e.g. a booking made by hand, a reply to nothing sent): dropped. */
    UNCORRELATED,
    /** Its workflow is closed or does not exist: dropped. */
    NOT_RUNNING,
    /** Temporal could not be reached or refused the signal: dropped. */
    FAILED,
    /** A trigger took it (started or signalled an outcome): see {@link OutcomeTrigger}. */
    TRIGGERED;

    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final Supplier<WorkflowClient> client;
  private final MeterRegistry meters;
  private final List<OutcomeTrigger> triggers;
  private final OutcomeStarter starter;

  /**
   * A relay without triggers.
   *
   * @param client the Temporal client, looked up per event (the HTTP layer starts before it is set)
   * @param meters where the counters go
   */
  public SandboxEventRelay(Supplier<WorkflowClient> client, MeterRegistry meters) {
    this(client, meters, List.of(), null);
  }

  /**
   * @param client the Temporal client, looked up per event (the HTTP layer starts before it is set)
   * @param meters where the counters go
   * @param triggers offered every event after it was signalled, in order
   * @param starter what the triggers start outcomes with (null only without triggers)
   */
  public SandboxEventRelay(
      Supplier<WorkflowClient> client,
      MeterRegistry meters,
      List<OutcomeTrigger> triggers,
      OutcomeStarter starter) {
    this.client = client;
    this.meters = meters;
    this.triggers = List.copyOf(triggers);
    this.starter = starter;
  }

  /** Relays {@code sandbox}'s appointment changes and inbound messages from now on. */
  public void subscribeTo(PracticeSandbox sandbox) {
    sandbox.practice().addListener(this::onPracticeEvent);
    ChannelSimulator channels = sandbox.channels();
    channels.addListener(message -> onInbound(message, channels));
  }

  /** A booking or status change in the practice sandbox. */
  public Delivery onPracticeEvent(PracticeEvent event) {
    AppointmentEvent signal =
        new AppointmentEvent(
            AppointmentEventType.valueOf(event.type().name()),
            event.appointmentId(),
            event.patientRef(),
            event.slotId(),
            event.reasonCode(),
            event.at());
    Delivery delivery = appointment(event.workflowId(), signal);
    for (OutcomeTrigger trigger : triggers) {
      try {
        trigger.onPracticeEvent(event, starter);
      } catch (RuntimeException e) {
        log.warn(
            "trigger {} failed on {} {} ({})",
            trigger.getClass().getSimpleName(),
            event.type(),
            event.appointmentId(),
            e.getClass().getSimpleName());
      }
    }
    return delivery;
  }

  /** Signals {@code event} to {@code workflowId} (null: nobody to tell). */
  public Delivery appointment(String workflowId, AppointmentEvent event) {
    return signal(
        APPOINTMENT_SIGNAL, workflowId, event, event.type() + " " + event.appointmentId());
  }

  /**
   * Signals an appointment's current status again (e.g. {@code BOOKED} when a booking is repeated
   * with its key): the sandbox publishes a change once, so when the first signal may have been lost
   * with a crashed process, the repeated request delivers it. Workflows treat events idempotently.
   */
  public Delivery redeliver(
      String workflowId, Appointment appointment, String reasonCode, Instant at) {
    return appointment(
        workflowId,
        new AppointmentEvent(
            AppointmentEventType.valueOf(appointment.status().name()),
            appointment.appointmentId(),
            appointment.patientRef(),
            appointment.slotId(),
            reasonCode,
            at));
  }

  /**
   * A reply or delivery receipt from {@code channels}: to the workflow whose message it answers.
   */
  public Delivery onInbound(InboundMessage message, ChannelSimulator channels) {
    if (message.inReplyTo() == null
        && message.kind() != io.followthrough.channels.InboundKind.DELIVERY_RECEIPT) {
      for (OutcomeTrigger trigger : triggers) {
        try {
          if (trigger.onNewConversation(message, starter)) {
            meters
                .counter(METRIC, "signal", INBOUND_SIGNAL, "result", Delivery.TRIGGERED.tag())
                .increment();
            return Delivery.TRIGGERED;
          }
        } catch (RuntimeException e) {
          log.warn(
              "trigger {} failed on a {} message from {} ({})",
              trigger.getClass().getSimpleName(),
              message.channel(),
              message.fromRef(),
              e.getClass().getSimpleName());
        }
      }
    }
    Optional<SentMessage> answered =
        message.inReplyTo() != null
            ? channels.message(message.inReplyTo())
            : channels.latestTo(message.fromRef());
    String workflowId =
        answered.flatMap(m -> IdempotencyKeys.workflowIdOf(m.idempotencyKey())).orElse(null);
    return signal(
        INBOUND_SIGNAL,
        workflowId,
        message,
        message.kind() + " from " + message.fromRef() + " re " + message.inReplyTo());
  }

  private Delivery signal(String name, String workflowId, Object payload, String what) {
    Delivery delivery;
    if (workflowId == null) {
      log.info("{} names no workflow: dropped", what);
      delivery = Delivery.UNCORRELATED;
    } else {
      delivery = send(name, workflowId, payload, what);
    }
    meters.counter(METRIC, "signal", name, "result", delivery.tag()).increment();
    return delivery;
  }

  private Delivery send(String name, String workflowId, Object payload, String what) {
    try {
      client.get().newUntypedWorkflowStub(workflowId).signal(name, payload);
      log.debug("{} signalled to {}", what, workflowId);
      return Delivery.SIGNALLED;
    } catch (WorkflowNotFoundException e) {
      log.info("{} for {}: workflow closed or unknown, dropped", what, workflowId);
      return Delivery.NOT_RUNNING;
    } catch (RuntimeException e) {
      // Exception messages are Temporal's (status, ids), but log the type only to be sure.
      log.warn(
          "{} for {}: signal failed ({}), dropped", what, workflowId, e.getClass().getSimpleName());
      return Delivery.FAILED;
    }
  }
}
