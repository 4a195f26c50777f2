package io.followthrough.triage;

import io.followthrough.sdk.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The office hours, on-call roster and waits of message triage for one site, fetched once per run
 * through {@link MessageTriagePolicyActivities}. Codes, refs and durations only.
 *
 * @param zone the site's IANA time zone (office hours are local)
 * @param officeOpen office opening time
 * @param officeClose office closing time
 * @param officeDays office days
 * @param onCallRoster clinicians on call, one per day in turn (day number in the zone modulo the
 *     roster size)
 * @param backupOnCall who is paged when the on-call does not acknowledge
 * @param emergencyAckTimeouts silence after the first page before: the repage, the backup page, the
 *     supervisor task (three waits)
 * @param urgentAckTimeouts the same three waits for urgent messages
 * @param callbackWait after an acknowledgement, how long until the callback must be confirmed
 *     before a supervisor is asked
 * @param taskEscalateAfter unanswered coordinator tasks go to a supervisor after this long
 * @param supervisorEscalateAfter unanswered supervisor tasks go to the medical director after this
 * @param practiceName the practice's name, stated in the emergency instructions
 * @param defaultLanguage language of instructions when the message's is not known
 */
public record MessageTriagePolicy(
    String zone,
    LocalTime officeOpen,
    LocalTime officeClose,
    Set<DayOfWeek> officeDays,
    List<String> onCallRoster,
    String backupOnCall,
    List<Duration> emergencyAckTimeouts,
    List<Duration> urgentAckTimeouts,
    Duration callbackWait,
    Duration taskEscalateAfter,
    Duration supervisorEscalateAfter,
    String practiceName,
    String defaultLanguage) {

  /** Waits in each acknowledgement ladder. */
  public static final int ACK_RUNGS = 3;

  public MessageTriagePolicy {
    ZoneId.of(zone); // throws for an unknown zone
    if (!officeOpen.isBefore(officeClose)) {
      throw new IllegalArgumentException("office-hours must open before they close");
    }
    if (officeDays.isEmpty()) {
      throw new IllegalArgumentException("office-days must name at least one day");
    }
    if (onCallRoster.isEmpty() || onCallRoster.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("on-call-roster must name at least one clinician");
    }
    if (backupOnCall == null || backupOnCall.isBlank()) {
      throw new IllegalArgumentException("backup-on-call must name a clinician");
    }
    checkWaits("emergency-ack-timeouts", emergencyAckTimeouts);
    checkWaits("urgent-ack-timeouts", urgentAckTimeouts);
    positive("callback-wait", callbackWait);
    positive("task-escalate-after", taskEscalateAfter);
    positive("supervisor-escalate-after", supervisorEscalateAfter);
    officeDays = Set.copyOf(officeDays);
    onCallRoster = List.copyOf(onCallRoster);
    emergencyAckTimeouts = List.copyOf(emergencyAckTimeouts);
    urgentAckTimeouts = List.copyOf(urgentAckTimeouts);
  }

  /**
   * Monday to Friday 08:00–17:00 in New York; on call {@code prov-oncall-1}, backup {@code
   * prov-oncall-2}; emergency pages repeat after 5 min, go to the backup after 5 more, to a
   * supervisor after 10 more; urgent pages after 15, 15 and 30 min; the callback confirmed within
   * 30 min of the acknowledgement; coordinator tasks escalate after 4 h, supervisor tasks after 1
   * h.
   */
  public static MessageTriagePolicy defaults() {
    return new MessageTriagePolicy(
        "America/New_York",
        LocalTime.of(8, 0),
        LocalTime.of(17, 0),
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        List.of("prov-oncall-1"),
        "prov-oncall-2",
        List.of(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(10)),
        List.of(Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(30)),
        Duration.ofMinutes(30),
        Duration.ofHours(4),
        Duration.ofHours(1),
        "our practice",
        "en");
  }

  /** Office hours as a calendar (no quiet hours: triage answers at any hour). */
  public BusinessCalendar calendar() {
    return new BusinessCalendar(
        officeOpen, officeClose, officeDays, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
  }

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  /** The clinician on call on {@code day} (local date). */
  public String onCallOn(LocalDate day) {
    return onCallRoster.get((int) Math.floorMod(day.toEpochDay(), (long) onCallRoster.size()));
  }

  /** The acknowledgement waits for {@code urgency}. */
  public List<Duration> ackTimeouts(MessageUrgency urgency) {
    return urgency == MessageUrgency.EMERGENCY ? emergencyAckTimeouts : urgentAckTimeouts;
  }

  private static void checkWaits(String name, List<Duration> waits) {
    if (waits.size() != ACK_RUNGS) {
      throw new IllegalArgumentException(name + " needs " + ACK_RUNGS + " durations");
    }
    waits.forEach(w -> positive(name, w));
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration");
    }
  }
}
