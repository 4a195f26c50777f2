package io.followthrough.activities.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.triage.ClassifyRequest;
import io.followthrough.triage.MessageUrgency;
import io.followthrough.triage.TriageClassification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offline classifier on the held-out set ({@code held-out.txt}, written apart from the labelled
 * examples). The key figure is emergency recall: every emergency-worded message must be an
 * emergency. Accuracy and refill detection are reported and held above floors.
 */
class TriageClassifierEvaluationTest {
  private static LocalMessageTriage classifier;

  private record Case(MessageUrgency urgency, boolean refill, String text) {}

  @BeforeAll
  static void load() {
    classifier = LocalMessageTriage.bundled();
  }

  private static List<Case> heldOut() {
    List<Case> out = new ArrayList<>();
    for (String line : TriageText.lines("/io/followthrough/activities/triage/held-out.txt")) {
      String[] p = line.split("\\|", 3);
      out.add(new Case(MessageUrgency.valueOf(p[0]), Boolean.parseBoolean(p[1]), p[2]));
    }
    return out;
  }

  @Test
  void heldOutSet() {
    List<Case> cases = heldOut();
    int emergencies = 0;
    int emergencyHits = 0;
    int falseEmergencies = 0;
    int correct = 0;
    int refillCorrect = 0;
    int urgentAsRoutine = 0;
    List<String> misses = new ArrayList<>();
    for (Case c : cases) {
      TriageClassification got = classifier.classify(new ClassifyRequest(Channel.SMS, c.text()));
      if (c.urgency() == MessageUrgency.EMERGENCY) {
        emergencies++;
        if (got.urgency() == MessageUrgency.EMERGENCY) {
          emergencyHits++;
        } else {
          misses.add("MISSED EMERGENCY: " + c.text());
        }
      } else if (got.urgency() == MessageUrgency.EMERGENCY) {
        falseEmergencies++;
      }
      if (got.urgency() == c.urgency()) {
        correct++;
      } else {
        misses.add(c.urgency() + " as " + got.urgency() + ": " + c.text());
        if (c.urgency() == MessageUrgency.URGENT && got.urgency() == MessageUrgency.ROUTINE) {
          urgentAsRoutine++;
        }
      }
      if (got.refill() == c.refill()) {
        refillCorrect++;
      } else {
        misses.add("refill " + c.refill() + " as " + got.refill() + ": " + c.text());
      }
    }
    System.out.printf(
        "triage held-out: %d messages; emergency recall %d/%d; false emergencies %d; urgency"
            + " accuracy %d/%d; urgent taken as routine %d; refill detection %d/%d%n",
        cases.size(),
        emergencyHits,
        emergencies,
        falseEmergencies,
        correct,
        cases.size(),
        urgentAsRoutine,
        refillCorrect,
        cases.size());
    misses.forEach(m -> System.out.println("  " + m));
    assertEquals(emergencies, emergencyHits, "emergency recall must be 100%: " + misses);
    assertTrue(correct >= cases.size() * 0.85, "urgency accuracy below 85%: " + misses);
    assertTrue(refillCorrect >= cases.size() * 0.95, "refill detection below 95%: " + misses);
    assertEquals(0, falseEmergencies, "false emergencies: " + misses);
  }
}
