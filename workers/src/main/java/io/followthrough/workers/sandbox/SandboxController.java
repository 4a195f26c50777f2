package io.followthrough.workers.sandbox;

import io.followthrough.activities.practice.PracticeException;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.channels.Channel;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /sandbox/*}: drive the sandbox practice by hand in a demo — list the (fake) patients and
 * free slots, book as staff or patient, mark arrival, check-out, no-show or cancellation, read what
 * the channel simulators "sent". Only in dev mode or with the sandbox enabled ({@link
 * SandboxEnabled}).
 */
@Controller("/sandbox")
@Requires(condition = SandboxEnabled.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class SandboxController {
  private static final Duration DEFAULT_WINDOW = Duration.ofDays(14);

  private final PracticeSandbox sandbox;
  private final SandboxEventRelay relay;

  public SandboxController(PracticeSandbox sandbox, SandboxEventRelay relay) {
    this.sandbox = sandbox;
    this.relay = relay;
  }

  @Get("/patients")
  public List<Map<String, String>> patients() {
    return sandbox.practice().patients().stream()
        .map(p -> Map.of("ref", p.ref(), "language", p.language(), "timeZone", p.timeZone()))
        .toList();
  }

  @Get("/slots")
  public HttpResponse<?> slots(
      @QueryValue String specialty,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String urgency) {
    try {
      Instant start = from == null ? Instant.now() : Instant.parse(from);
      Instant end = to == null ? start.plus(DEFAULT_WINDOW) : Instant.parse(to);
      Urgency level = urgency == null ? Urgency.URGENT : Urgency.valueOf(upper(urgency));
      return HttpResponse.ok(
          sandbox.practice().findSlots(specialty, level, new SlotWindow(start, end)));
    } catch (java.time.format.DateTimeParseException e) {
      return SandboxErrors.badRequest("from and to are instants, e.g. 2026-12-01T14:00:00Z");
    } catch (IllegalArgumentException e) {
      return SandboxErrors.badRequest("urgency is one of " + Arrays.toString(Urgency.values()));
    } catch (PracticeException e) {
      return SandboxErrors.of(e);
    }
  }

  @Post(value = "/appointments", consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> book(
      @Nullable @Body BookingRequest request,
      @Nullable @Header("Idempotency-Key") String headerKey) {
    if (request == null || blank(request.patientRef()) || blank(request.slotId())) {
      return SandboxErrors.badRequest("send JSON with patient_ref and slot_id");
    }
    String key = blank(headerKey) ? request.idempotencyKey() : headerKey;
    if (blank(key)) {
      return SandboxErrors.badRequest(
          "an idempotency key is required (Idempotency-Key header or idempotency_key)");
    }
    if (!blank(headerKey)
        && !blank(request.idempotencyKey())
        && !headerKey.equals(request.idempotencyKey())) {
      return SandboxErrors.badRequest("the Idempotency-Key header and idempotency_key differ");
    }
    try {
      return HttpResponse.created(
          sandbox.practice().book(request.patientRef(), request.slotId(), key, "staff"));
    } catch (PracticeException e) {
      return SandboxErrors.of(e);
    }
  }

  @Get("/appointments/{id}")
  public HttpResponse<?> appointment(@PathVariable String id) {
    return sandbox
        .practice()
        .appointment(id)
        .<HttpResponse<?>>map(HttpResponse::ok)
        .orElseGet(() -> SandboxErrors.notFound("AppointmentNotFound", "no appointment " + id));
  }

  @Post("/appointments/{id}/arrived")
  public HttpResponse<?> arrived(@PathVariable String id) {
    return change(id, AppointmentStatus.ARRIVED, sandbox.practice()::markArrived);
  }

  @Post("/appointments/{id}/checked-out")
  public HttpResponse<?> checkedOut(@PathVariable String id) {
    return change(id, AppointmentStatus.CHECKED_OUT, sandbox.practice()::markCheckedOut);
  }

  @Post("/appointments/{id}/no-show")
  public HttpResponse<?> noShow(@PathVariable String id) {
    return change(id, AppointmentStatus.NO_SHOW, sandbox.practice()::markNoShow);
  }

  /** Cancels; {@code ?reason=} is a reason code (default {@code staff-cancelled}). */
  @Post("/appointments/{id}/cancel")
  public HttpResponse<?> cancel(@PathVariable String id, @Nullable @QueryValue String reason) {
    String code = blank(reason) ? "staff-cancelled" : reason;
    return change(
        id,
        AppointmentStatus.CANCELLED,
        appointmentId -> sandbox.practice().cancel(appointmentId, code));
  }

  /** Every message the simulators sent, oldest first; {@code ?channel=SMS} for one channel. */
  @Get("/outbox")
  public HttpResponse<?> outbox(@Nullable @QueryValue String channel) {
    if (channel == null) {
      return HttpResponse.ok(sandbox.channels().sent());
    }
    try {
      return HttpResponse.ok(sandbox.channels().outbox(Channel.valueOf(upper(channel))));
    } catch (IllegalArgumentException e) {
      return SandboxErrors.badRequest("channel is one of " + Arrays.toString(Channel.values()));
    }
  }

  /**
   * Moves the appointment. The same move twice changes nothing and the sandbox publishes nothing,
   * so the repeat re-sends the event to the appointment's workflow: a retry after a crash between
   * the change and its signal still reaches the workflow (which treats events idempotently).
   */
  private HttpResponse<?> change(
      String id, AppointmentStatus to, Function<String, Appointment> move) {
    try {
      boolean repeat = sandbox.practice().appointment(id).map(a -> a.status() == to).orElse(false);
      Appointment appointment = move.apply(id);
      if (repeat) {
        sandbox
            .practice()
            .workflowOf(id)
            .ifPresent(workflow -> relay.redeliver(workflow, appointment, null, Instant.now()));
      }
      return HttpResponse.ok(appointment);
    } catch (PracticeException e) {
      return SandboxErrors.of(e);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String upper(String s) {
    return s.trim().toUpperCase(Locale.ROOT);
  }
}
