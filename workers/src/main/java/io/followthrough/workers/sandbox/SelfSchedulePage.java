package io.followthrough.workers.sandbox;

import io.followthrough.practice.Appointment;
import io.followthrough.practice.Slot;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The self-schedule link as a small HTML page, for demos in a browser. */
final class SelfSchedulePage {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.US);

  private SelfSchedulePage() {}

  static HttpResponse<String> offer(String token, SelfScheduleOffer offer, String zone) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>Book your ").append(esc(offer.specialty())).append(" appointment</h1>\n");
    if (offer.appointment() != null) {
      body.append("<p>You are booked for <b>")
          .append(when(offer.appointment().start(), zone))
          .append("</b> (")
          .append(esc(offer.appointment().appointmentId()))
          .append(").</p>\n");
    } else if (offer.slots().isEmpty()) {
      body.append("<p>No free times in the next two weeks. We will call you.</p>\n");
    } else {
      body.append("<p>Choose a time:</p>\n");
      for (Slot slot : offer.slots()) {
        body.append("<form method=\"post\" action=\"/sandbox/schedule/")
            .append(esc(token))
            .append("\"><input type=\"hidden\" name=\"slot_id\" value=\"")
            .append(esc(slot.slotId()))
            .append("\"><button>")
            .append(when(slot.start(), zone))
            .append(" &middot; ")
            .append(esc(slot.providerRef()))
            .append("</button></form>\n");
      }
    }
    return page(HttpStatus.OK, body.toString());
  }

  static HttpResponse<String> booked(Appointment appointment, String zone) {
    return page(
        HttpStatus.OK,
        "<h1>Booked</h1>\n<p><b>"
            + when(appointment.start(), zone)
            + "</b> ("
            + esc(appointment.appointmentId())
            + "). We will tell your referring doctor.</p>\n");
  }

  static HttpResponse<String> problem(HttpStatus status, String message) {
    return page(status, "<h1>Sorry</h1>\n<p>" + esc(message) + "</p>\n");
  }

  private static HttpResponse<String> page(HttpStatus status, String body) {
    String html =
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width\">"
            + "<title>Schedule</title>"
            + "<style>body{font-family:sans-serif;max-width:32em;margin:2em auto}"
            + "button{display:block;margin:.3em 0;padding:.5em;width:100%}</style>"
            + "</head><body>\n"
            + body
            + "<p><small>Followthrough sandbox practice (demo data)</small></p></body></html>\n";
    return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html);
  }

  private static String when(Instant instant, String zone) {
    ZoneId id;
    try {
      id = ZoneId.of(zone);
    } catch (RuntimeException e) {
      id = ZoneId.of("UTC");
    }
    return esc(WHEN.format(instant.atZone(id)));
  }

  private static String esc(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
