package io.followthrough.workers;

import io.followthrough.sdk.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The lab-result example as the end-to-end tests drive it. */
final class LabResultScenario {

  static final String TYPE = "LabResultFollowUp";

  private LabResultScenario() {}

  static String workflowId(String resultId) {
    return "lab-result-follow-up/" + resultId;
  }

  /** Start input for a patient whose local time allows contact for the next half hour. */
  static String input(String resultId) {
    return "{\"resultId\":\""
        + resultId
        + "\",\"abnormal\":true,\"patientTimeZone\":\""
        + awakeZone()
        + "\"}";
  }

  static String awakeZone() {
    BusinessCalendar calendar = BusinessCalendar.standard();
    Instant now = Instant.now();
    for (String zone :
        List.of(
            "America/New_York",
            "America/Los_Angeles",
            "Europe/London",
            "Asia/Kolkata",
            "Asia/Tokyo",
            "Pacific/Auckland",
            "Pacific/Honolulu")) {
      ZoneId id = ZoneId.of(zone);
      if (!calendar.isQuiet(now, id) && !calendar.isQuiet(now.plus(Duration.ofMinutes(30)), id)) {
        return zone;
      }
    }
    throw new IllegalStateException("no listed zone is outside quiet hours now");
  }
}
