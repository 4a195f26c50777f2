package io.followthrough.activities.practice;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** Fictional names, languages and time zones for {@link DemoData}. */
final class DemoNames {
  private static final String[] GIVEN_EN = {
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "William",
    "Elizabeth", "David", "Susan", "Richard", "Karen", "Thomas", "Nancy", "Christopher", "Margaret",
    "Daniel", "Katherine", "Anthony", "Deborah", "Steven", "Samuel", "Grace", "Owen"
  };
  private static final String[] GIVEN_ES = {
    "José", "María", "Francisco", "Guadalupe", "Luis", "Carmen", "Jorge", "Dolores", "Ana", "Miguel"
  };
  private static final String[] GIVEN_FR = {"Jean", "Marie", "Luc", "Chantal", "Pierre", "Élodie"};
  private static final String[] GIVEN_VI = {"Minh", "Linh", "Thanh", "Huong", "Duc", "Lan"};
  private static final String[] FAMILY_EN = {
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Jackson",
    "Martin",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "O'Brien",
    "Lewis",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Hill",
    "Green"
  };
  private static final String[] FAMILY_ES = {
    "García",
    "Rodríguez",
    "Martínez",
    "Hernández",
    "López",
    "González",
    "Pérez",
    "Sánchez",
    "Ramírez",
    "Torres",
    "García López",
    "Núñez"
  };
  private static final String[] FAMILY_FR = {"Tremblay", "Gagnon", "Roy", "Côté", "Bouchard"};
  private static final String[] FAMILY_VI = {"Nguyen", "Tran", "Le", "Pham", "Hoang"};
  private static final String[] ZONES = {
    "America/New_York",
    "America/New_York",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles"
  };

  private DemoNames() {}

  /** Mostly English, with Spanish, French and Vietnamese speakers. */
  static String language(Random random) {
    int roll = random.nextInt(100);
    return roll < 72 ? "en" : roll < 88 ? "es" : roll < 94 ? "fr" : "vi";
  }

  static String givenName(Random random, String language) {
    return pick(
        random,
        switch (language) {
          case "es" -> GIVEN_ES;
          case "fr" -> GIVEN_FR;
          case "vi" -> GIVEN_VI;
          default -> GIVEN_EN;
        });
  }

  static String familyName(Random random, String language) {
    return pick(
        random,
        switch (language) {
          case "es" -> FAMILY_ES;
          case "fr" -> FAMILY_FR;
          case "vi" -> FAMILY_VI;
          default -> FAMILY_EN;
        });
  }

  static String timeZone(Random random) {
    return pick(random, ZONES);
  }

  /** An address at the reserved example.org domain, never a real mailbox. */
  static String email(String given, String family, int n) {
    String local =
        Normalizer.normalize(given + "." + family, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z.]", "");
    return local + n + "@example.org";
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
