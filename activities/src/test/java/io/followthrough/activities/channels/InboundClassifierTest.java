package io.followthrough.activities.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.followthrough.channels.InboundKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InboundClassifierTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "STOP | STOP",
        "stop. | STOP",
        " Unsubscribe | STOP",
        "ARRÊT | STOP",
        "arret | STOP",
        "Stop texting me | STOP",
        "quit | STOP",
        "wrong number | WRONG_NUMBER",
        "Sorry, WRONG #! | WRONG_NUMBER",
        "no, wrong person | WRONG_NUMBER",
        "I don't know who this is | WRONG_NUMBER",
        "número equivocado | WRONG_NUMBER",
        "yes | AFFIRMATIVE",
        "Y | AFFIRMATIVE",
        "1 | AFFIRMATIVE",
        "Book | AFFIRMATIVE",
        "yes please book it | AFFIRMATIVE",
        "Sí | AFFIRMATIVE",
        "ok | AFFIRMATIVE",
        "no | DECLINE",
        "No thanks, I already saw someone | DECLINE",
        "not interested | DECLINE",
        "I'm not interested anymore | DECLINE",
        "2 | DECLINE",
        "non | DECLINE",
        "yes but not tuesday | REPLY",
        "Can I come in the afternoon? | REPLY",
        "cancel | REPLY",
        "'' | REPLY",
        "stopping by later to drop off forms today | REPLY",
      })
  void classifies(String text, InboundKind expected) {
    assertEquals(expected, InboundClassifier.classify(text));
  }
}
