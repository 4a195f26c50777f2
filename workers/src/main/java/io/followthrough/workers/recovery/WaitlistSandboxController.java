package io.followthrough.workers.recovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.followthrough.activities.practice.PracticeException;
import io.followthrough.activities.practice.PracticeSandbox;
import io.followthrough.practice.Urgency;
import io.followthrough.practice.WaitlistPreferences;
import io.followthrough.workers.sandbox.SandboxEnabled;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /sandbox/waitlist}: put a sandbox patient on a specialty's waitlist with what makes a slot
 * fit them (preferred provider, visit type and length, travel minutes, first day and day wanted),
 * and list the waitlist as cancellation recovery sees it. Only where the sandbox is enabled.
 */
@Controller("/sandbox/waitlist")
@Requires(condition = SandboxEnabled.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class WaitlistSandboxController {
  private final PracticeSandbox sandbox;

  public WaitlistSandboxController(PracticeSandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** A waitlist entry to add. */
  @Introspected
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record WaitlistRequest(
      @JsonProperty("patient_ref") String patientRef,
      @JsonProperty("specialty") String specialty,
      @JsonProperty("urgency") String urgency,
      @JsonProperty("preferred_provider_ref") String preferredProviderRef,
      @JsonProperty("visit_type") String visitType,
      @JsonProperty("visit_minutes") Integer visitMinutes,
      @JsonProperty("travel_minutes") Integer travelMinutes,
      @JsonProperty("available_from") String availableFrom,
      @JsonProperty("wanted_by") String wantedBy,
      @JsonProperty("idempotency_key") String idempotencyKey) {}

  @Post(consumes = MediaType.APPLICATION_JSON)
  public HttpResponse<?> add(@Nullable @Body WaitlistRequest r) {
    if (r == null || blank(r.patientRef()) || blank(r.specialty()) || blank(r.idempotencyKey())) {
      return error(
          HttpStatus.BAD_REQUEST, "InvalidInput", "send patient_ref, specialty, idempotency_key");
    }
    try {
      Urgency urgency =
          blank(r.urgency())
              ? Urgency.ROUTINE
              : Urgency.valueOf(r.urgency().trim().toUpperCase(Locale.ROOT));
      WaitlistPreferences prefs =
          new WaitlistPreferences(
              r.preferredProviderRef(),
              r.visitType(),
              r.visitMinutes() == null ? 0 : r.visitMinutes(),
              r.travelMinutes(),
              blank(r.availableFrom()) ? null : LocalDate.parse(r.availableFrom()),
              blank(r.wantedBy()) ? null : LocalDate.parse(r.wantedBy()));
      return HttpResponse.created(
          sandbox
              .practice()
              .addToWaitlist(r.patientRef(), r.specialty(), urgency, prefs, r.idempotencyKey()));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return error(
          HttpStatus.BAD_REQUEST, "InvalidInput", "urgency is ROUTINE or URGENT, dates YYYY-MM-DD");
    } catch (PracticeException e) {
      HttpStatus status =
          e.code().equals("PatientNotFound") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
      return error(status, e.code(), e.getMessage());
    }
  }

  @Get
  public HttpResponse<?> list(@QueryValue String specialty) {
    try {
      return HttpResponse.ok(sandbox.practice().waitlistCandidates(specialty));
    } catch (PracticeException e) {
      return error(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
    }
  }

  private static HttpResponse<?> error(HttpStatus status, String code, String message) {
    return HttpResponse.status(status).body(Map.of("error", code, "message", message));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
