package io.followthrough.workers.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.ledger.LedgerEvent;
import io.followthrough.ledger.LedgerEventType;
import io.followthrough.workers.api.ApiStack.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/analytics} over ledger events recorded as workflows record them: every figure
 * checked against a hand-computed set of three outcomes of a type no other test uses, at two sites.
 */
class AnalyticsApiTest {

  static ApiStack api;
  static String type;
  static Instant t0;
  static final Map<String, String> SITES = Map.of("o1", "north", "o2", "south", "o3", "north");

  @BeforeAll
  static void record() {
    api = ApiStack.shared();
    type = "an-" + UUID.randomUUID().toString().substring(0, 8);
    t0 = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    List<LedgerEvent> events = new ArrayList<>();
    // 1: received -> scheduled (10 min) -> completed (5 min later)
    events.add(stage("o1", 1, 0, "received"));
    events.add(stage("o1", 2, 10, "scheduled"));
    events.add(event("o1", 3, 15, LedgerEventType.COMPLETED).build());
    // 2: received -> failed after 30 min: fell out before scheduling
    events.add(stage("o2", 1, 0, "received"));
    events.add(event("o2", 2, 30, LedgerEventType.FAILED).reasonCode("unreachable").build());
    // 3: received, escalated once, still open
    events.add(stage("o3", 1, 0, "received"));
    events.add(
        event("o3", 2, 20, LedgerEventType.ESCALATED).rung(1).reasonCode("no-reply").build());
    api.store().ledgerActivities().recordAll(events);
  }

  static LedgerEvent stage(String outcome, int sequence, int minute, String stage) {
    return event(outcome, sequence, minute, LedgerEventType.STAGE_CHANGED).stage(stage).build();
  }

  static LedgerEvent.Builder event(String outcome, int sequence, int minute, LedgerEventType t) {
    return LedgerEvent.newBuilder()
        .outcome(type + "/" + outcome, "run-1", type)
        .type(t)
        .sequence(sequence)
        .site(SITES.get(outcome))
        .workflowTime(t0.plus(Duration.ofMinutes(minute)));
  }

  @Test
  void everyFigureOfTheFilteredOutcomes() {
    Answer answer = api.get(api.as("supervisor"), "/api/analytics?outcomeType=" + type);
    assertEquals(200, answer.status(), answer.body());
    JsonNode report = answer.json();

    JsonNode funnel = report.get("funnel");
    assertEquals(2, funnel.size(), funnel.toString());
    assertEquals("received", funnel.get(0).get("stage").asText());
    assertEquals(3, funnel.get(0).get("outcomes").asLong());
    assertEquals("scheduled", funnel.get(1).get("stage").asText());
    assertEquals(1, funnel.get(1).get("outcomes").asLong());

    JsonNode fallOut = report.get("fallOut");
    assertEquals("received", fallOut.get("fromStage").asText());
    assertEquals("scheduled", fallOut.get("toStage").asText());
    assertEquals(3, fallOut.get("reachedFrom").asLong());
    assertEquals(1, fallOut.get("reachedTo").asLong());
    assertEquals(1, fallOut.get("fellOut").asLong());
    assertEquals(1, fallOut.get("inProgress").asLong());
    assertEquals(1.0 / 3, fallOut.get("rate").asDouble(), 1e-9);

    JsonNode received = latency(report, "received");
    assertEquals(2, received.get("count").asLong(), "o3 has not left 'received'");
    assertEquals(1200.0, received.get("p50Seconds").asDouble(), 1e-6, "between 600 s and 1800 s");
    assertEquals(1680.0, received.get("p90Seconds").asDouble(), 1e-6);
    assertEquals(type, received.get("outcomeType").asText());

    JsonNode escalations = report.get("escalations");
    assertEquals(1, escalations.size());
    assertEquals("no-reply", escalations.get(0).get("reason").asText());
    assertEquals(1, escalations.get(0).get("rung").asInt());
    assertEquals(1, escalations.get(0).get("count").asLong());

    JsonNode completion = report.get("completion");
    assertEquals(3, completion.get("total").asLong());
    assertEquals(1, completion.get("completed").asLong());
    assertEquals(1, completion.get("failed").asLong());
    assertEquals(1, completion.get("open").asLong());
    assertEquals(0.5, completion.get("rate").asDouble(), 1e-9);

    JsonNode ages = report.get("openByAge");
    assertEquals(4, ages.size());
    assertEquals("1h-24h", ages.get(1).get("label").asText());
    assertEquals(1, ages.get(1).get("openOutcomes").asLong());
  }

  @Test
  void siteNarrowsEveryFigure() {
    String supervisor = api.as("supervisor");
    JsonNode north =
        api.get(supervisor, "/api/analytics?outcomeType=" + type + "&site=north").json();
    assertEquals(2, north.get("completion").get("total").asLong(), "o1 and o3");
    assertEquals(1, north.get("completion").get("completed").asLong());
    assertEquals(0, north.get("completion").get("failed").asLong());
    assertEquals(2, north.get("funnel").get(0).get("outcomes").asLong());
    assertEquals(2, north.get("fallOut").get("reachedFrom").asLong());
    assertEquals(0, north.get("fallOut").get("fellOut").asLong());
    assertEquals(1, north.get("escalations").size());
    assertEquals(1, latency(north, "received").get("count").asLong(), "only o1 left it");
    assertEquals(600.0, latency(north, "received").get("p50Seconds").asDouble(), 1e-6);

    JsonNode south =
        api.get(supervisor, "/api/analytics?outcomeType=" + type + "&site=south").json();
    assertEquals(1, south.get("completion").get("total").asLong(), "o2");
    assertEquals(1, south.get("completion").get("failed").asLong());
    assertEquals(1, south.get("fallOut").get("fellOut").asLong());
    assertEquals(0, south.get("escalations").size());
    assertEquals(0, south.get("openByAge").get(1).get("openOutcomes").asLong());

    JsonNode elsewhere =
        api.get(supervisor, "/api/analytics?outcomeType=" + type + "&site=east").json();
    assertEquals(0, elsewhere.get("completion").get("total").asLong());
    Answer spaced = api.get(supervisor, "/api/analytics?site=north%20clinic");
    assertEquals(400, spaced.status());
    assertTrue(spaced.json().get("message").asText().startsWith("site must be a code"));
  }

  @Test
  void otherFallOutStagesDatesRolesAndRefusedFilters() {
    String auditor = api.as("auditor");
    JsonNode custom =
        api.get(
                auditor,
                "/api/analytics?outcomeType=" + type + "&fallOutFrom=scheduled&fallOutTo=received")
            .json()
            .get("fallOut");
    assertEquals(1, custom.get("reachedFrom").asLong());
    assertEquals(0, custom.get("reachedTo").asLong());

    String day = t0.toString().substring(0, 10);
    JsonNode sameDay =
        api.get(auditor, "/api/analytics?outcomeType=" + type + "&from=" + day + "&to=" + day)
            .json();
    assertEquals(
        3, sameDay.get("completion").get("total").asLong(), "a day-only 'to' includes that day");
    JsonNode before = api.get(auditor, "/api/analytics?outcomeType=" + type + "&to=" + t0).json();
    assertEquals(0, before.get("completion").get("total").asLong(), "an instant 'to' excludes it");

    assertEquals(400, api.get(auditor, "/api/analytics?from=yesterday").status());
    assertEquals(403, api.get(api.as("coordinator"), "/api/analytics").status());
  }

  static JsonNode latency(JsonNode report, String stage) {
    for (JsonNode row : report.get("latency")) {
      if (row.get("stage").asText().equals(stage)) {
        return row;
      }
    }
    throw new AssertionError("no latency for " + stage + " in " + report);
  }
}
