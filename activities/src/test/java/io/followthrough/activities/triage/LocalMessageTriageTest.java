package io.followthrough.activities.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.channels.Channel;
import io.followthrough.drafting.Draft;
import io.followthrough.triage.ClassifyRequest;
import io.followthrough.triage.MessageUrgency;
import io.followthrough.triage.TriageClassification;
import io.temporal.failure.ApplicationFailure;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalMessageTriageTest {
  private final AtomicInteger modelLoads = new AtomicInteger();
  private final LocalMessageTriage rulesOnly =
      new LocalMessageTriage(
          EmergencyRules.bundled(),
          () -> {
            modelLoads.incrementAndGet();
            throw new IllegalStateException("no embeddings in this test");
          });

  private TriageClassification classify(String text) {
    return rulesOnly.classify(new ClassifyRequest(Channel.SMS, text));
  }

  @Test
  void emergencyWordingIsAnEmergencyWithoutTheModel() {
    TriageClassification c = classify("Chest pain and I can’t breathe!!");
    assertEquals(MessageUrgency.EMERGENCY, c.urgency());
    assertEquals("rule:chest-pain", c.reasonCode());
    assertEquals(1.0, c.confidence());
    assertEquals("local/emergency-rules/triage-rules@1", c.provenance().code());
    assertEquals("rule:suicidal", classify("i want to die").reasonCode());
    TriageClassification es = classify("Mi papá no puede respirar, ayúdenme");
    assertEquals(MessageUrgency.EMERGENCY, es.urgency());
    assertEquals("rule:cannot-breathe", es.reasonCode());
    assertEquals("es", es.language());
    assertEquals(0, modelLoads.get(), "rules alone decide emergencies");
  }

  @Test
  void refillIntentIsDetectedInBothLanguages() {
    EmergencyRules rules = EmergencyRules.bundled();
    assertTrue(rules.refill(TriageText.normalize("Could I get a REFILL of my Zoloft?")));
    assertTrue(rules.refill(TriageText.normalize("I ran out of my insulin")));
    assertTrue(rules.refill(TriageText.normalize("Necesito resurtir mi receta")));
    assertTrue(rules.refill(TriageText.normalize("Se me acabaron las pastillas")));
    assertFalse(rules.refill(TriageText.normalize("Can I move my appointment?")));
  }

  @Test
  void emergencyInstructionsFitATextAndComeInSpanish() {
    Draft en = rulesOnly.emergencyInstructions("en", Channel.SMS, "North Clinic");
    assertTrue(en.body().contains("911"));
    assertTrue(en.body().startsWith("North Clinic:"));
    assertTrue(en.body().length() <= Channel.SMS.maxBodyLength(), en.body().length() + " chars");
    Draft es = rulesOnly.emergencyInstructions("es", Channel.SMS, "North Clinic");
    assertEquals("es", es.language());
    assertTrue(es.body().contains("llame al 911"));
    assertTrue(es.body().length() <= Channel.SMS.maxBodyLength());
    Draft portal = rulesOnly.emergencyInstructions("fr", Channel.PORTAL, null);
    assertEquals("en", portal.language());
    assertTrue(portal.body().contains("988"));
    assertEquals("triage-emergency-instructions", portal.templateId());
  }

  @Test
  void aMissingTextIsRefused() {
    ApplicationFailure f =
        assertThrows(
            ApplicationFailure.class,
            () -> rulesOnly.classify(new ClassifyRequest(Channel.SMS, null)));
    assertEquals("InvalidInput", f.getType());
  }
}
