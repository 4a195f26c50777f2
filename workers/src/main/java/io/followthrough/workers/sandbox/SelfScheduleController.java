package io.followthrough.workers.sandbox;

import io.followthrough.activities.practice.PracticeException;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.practice.Appointment;
import io.followthrough.practice.AppointmentStatus;
import io.followthrough.practice.SlotWindow;
import io.followthrough.practice.Urgency;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The patient's side of a self-schedule link ({@code SelfScheduleLinks}): {@code GET
 * /sandbox/schedule/{token}} offers free slots of the referral's specialty (JSON, or a small page
 * for a browser), {@code POST} with {@code slot_id} books one for the referral's patient. The
 * booking key {@code <workflowId>:self-schedule:<n>} makes the appointment the workflow's, so its
 * {@code BOOKED} event (reason {@code self-scheduled}) and every later change reach the workflow.
 * Sandbox only ({@link SandboxEnabled}).
 */
@Controller("/sandbox/schedule")
@Requires(condition = SandboxEnabled.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class SelfScheduleController {
  static final String REASON = "self-scheduled";
  private static final Duration WINDOW = Duration.ofDays(14);

  private final PracticeSandbox sandbox;
  private final SelfScheduleTargets targets;
  private final SandboxEventRelay relay;

  public SelfScheduleController(
      PracticeSandbox sandbox, SelfScheduleTargets targets, SandboxEventRelay relay) {
    this.sandbox = sandbox;
    this.targets = targets;
    this.relay = relay;
  }

  @Get(
      value = "/{token}",
      produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  public HttpResponse<?> offer(@PathVariable String token, HttpRequest<?> request) {
    boolean page = wantsPage(request);
    try {
      SelfScheduleTarget target = targets.resolve(token);
      Urgency urgency = "URGENT".equals(target.urgency()) ? Urgency.URGENT : Urgency.ROUTINE;
      Instant now = Instant.now();
      SelfScheduleOffer offer =
          new SelfScheduleOffer(
              target.patientRef(),
              target.specialty(),
              urgency.name(),
              active(target.workflowId()).orElse(null),
              sandbox
                  .practice()
                  .findSlots(target.specialty(), urgency, new SlotWindow(now, now.plus(WINDOW))));
      return page
          ? SelfSchedulePage.offer(token, offer, zoneOf(target.patientRef()))
          : HttpResponse.ok(offer);
    } catch (SelfScheduleException e) {
      return page ? SelfSchedulePage.problem(e.status(), e.getMessage()) : e.response();
    } catch (PracticeException e) {
      return page ? SelfSchedulePage.problem(HttpStatus.CONFLICT, e.getMessage()) : error(e);
    }
  }

  /** JSON {@code {"slot_id": ...}} (answered in JSON) or the page's form (answered with a page). */
  @Post(
      value = "/{token}",
      consumes = {MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED},
      produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
  public HttpResponse<?> book(
      @PathVariable String token,
      @Nullable @Body Map<String, Object> body,
      HttpRequest<?> request) {
    boolean page =
        request
            .getContentType()
            .map(MediaType.APPLICATION_FORM_URLENCODED_TYPE::equals)
            .orElse(false);
    Object slot = body == null ? null : body.getOrDefault("slot_id", body.get("slotId"));
    if (slot == null || slot.toString().isBlank()) {
      return page
          ? SelfSchedulePage.problem(HttpStatus.BAD_REQUEST, "choose a slot")
          : SandboxErrors.badRequest("send JSON with slot_id");
    }
    try {
      SelfScheduleTarget target = targets.resolve(token);
      HttpResponse<Appointment> booked = book(target, slot.toString());
      return page ? SelfSchedulePage.booked(booked.body(), zoneOf(target.patientRef())) : booked;
    } catch (SelfScheduleException e) {
      return page ? SelfSchedulePage.problem(e.status(), e.getMessage()) : e.response();
    } catch (PracticeException e) {
      return page ? SelfSchedulePage.problem(HttpStatus.CONFLICT, e.getMessage()) : error(e);
    }
  }

  private HttpResponse<Appointment> book(SelfScheduleTarget target, String slotId) {
    String workflowId = target.workflowId();
    Optional<Appointment> active = active(workflowId);
    if (active.isPresent() && active.get().slotId().equals(slotId)) {
      // A repeat (a double click, or a retry after a crash): deliver the event once more.
      relay.redeliver(workflowId, active.get(), REASON, Instant.now());
      return HttpResponse.ok(active.get());
    }
    if (active.isPresent()) {
      throw new SelfScheduleException(
          HttpStatus.CONFLICT,
          "AlreadyBooked",
          "this referral already has appointment " + active.get().appointmentId());
    }
    int attempt = sandbox.practice().appointmentsOf(workflowId).size() + 1;
    String key = workflowId + ":self-schedule:" + attempt;
    return HttpResponse.created(sandbox.practice().book(target.patientRef(), slotId, key, REASON));
  }

  /** The workflow's appointment that is still to come or under way. */
  private Optional<Appointment> active(String workflowId) {
    return sandbox.practice().appointmentsOf(workflowId).stream()
        .filter(
            a -> a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.ARRIVED)
        .reduce((first, second) -> second);
  }

  private String zoneOf(String patientRef) {
    return sandbox.practice().patient(patientRef).map(p -> p.timeZone()).orElse("UTC");
  }

  /** A browser names {@code text/html}; curl and API clients ({@code *}{@code /*}) get JSON. */
  private static boolean wantsPage(HttpRequest<?> request) {
    return request.getHeaders().accept().stream()
        .anyMatch(t -> "text".equals(t.getType()) && "html".equals(t.getSubtype()));
  }

  private static HttpResponse<?> error(PracticeException e) {
    return SandboxErrors.of(e);
  }
}
