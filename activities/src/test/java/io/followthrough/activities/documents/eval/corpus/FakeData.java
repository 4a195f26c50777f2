package io.followthrough.activities.documents.eval.corpus;

import io.followthrough.activities.ai.validate.NpiValidator;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Synthetic, obviously fake facts for generated documents (no real person or provider). */
final class FakeData {
  static final List<String> FIRST =
      List.of(
          "John",
          "Maria",
          "Robert",
          "Linda",
          "James",
          "Patricia",
          "Michael",
          "Jennifer",
          "David",
          "Elizabeth",
          "Carlos",
          "Aisha",
          "Wei",
          "Fatima",
          "Olga",
          "Kevin",
          "Grace",
          "Hector",
          "Nina",
          "Samuel");
  static final List<String> LAST =
      List.of(
          "Smith",
          "Garcia",
          "Johnson",
          "Nguyen",
          "Williams",
          "Brown",
          "Okafor",
          "Miller",
          "Davis",
          "Martinez",
          "Kowalski",
          "Patel",
          "Anderson",
          "Thompson",
          "Rivera",
          "Chen",
          "Walker",
          "Morales",
          "Fischer",
          "Hughes");
  static final List<String> STREETS =
      List.of(
          "Oak St",
          "Maple Ave",
          "Cedar Ln",
          "Pine Rd",
          "Elm Dr",
          "Lakeview Blvd",
          "Hill St",
          "River Rd");
  static final List<String> CITIES =
      List.of(
          "Springfield, IL 62704",
          "Riverton, WY 82501",
          "Fairview, OR 97024",
          "Madison, WI 53703",
          "Franklin, TN 37064",
          "Salem, MA 01970");
  static final List<String> PAYERS =
      List.of(
          "Blue Cross Blue Shield",
          "Aetna",
          "UnitedHealthcare",
          "Cigna",
          "Humana",
          "Medicare",
          "Molina Healthcare",
          "Kaiser Permanente");
  static final List<String> SPECIALTIES =
      List.of(
          "Cardiology",
          "Orthopedics",
          "Gastroenterology",
          "Neurology",
          "Dermatology",
          "Endocrinology",
          "Pulmonology",
          "Rheumatology",
          "Urology",
          "Physical Therapy");
  static final List<String[]> REASONS =
      List.of(
          new String[] {"chest pain on exertion", "I20.9"},
          new String[] {"type 2 diabetes with poor control", "E11.65"},
          new String[] {"chronic low back pain", "M54.50"},
          new String[] {"recurrent migraine headaches", "G43.909"},
          new String[] {"suspicious skin lesion", "L98.9"},
          new String[] {"persistent cough and wheezing", "J45.909"},
          new String[] {"right knee pain after fall", "M25.561"},
          new String[] {"elevated liver enzymes", "R74.01"},
          new String[] {"hypothyroidism follow-up", "E03.9"},
          new String[] {"blood in urine", "R31.9"});
  static final List<String> EXTRA_ICD = List.of("I10", "E78.5", "Z79.4", "K21.9", "F41.1", "N18.3");
  static final List<String[]> DRUGS =
      List.of(
          new String[] {"Lisinopril", "10 mg", "Take 1 tablet by mouth daily"},
          new String[] {"Metformin", "500 mg", "Take 1 tablet by mouth twice daily with meals"},
          new String[] {"Atorvastatin", "40 mg", "Take 1 tablet at bedtime"},
          new String[] {"Levothyroxine", "75 mcg", "Take 1 tablet every morning before breakfast"},
          new String[] {"Amlodipine", "5 mg", "Take 1 tablet daily"},
          new String[] {"Sertraline", "50 mg", "Take 1 tablet daily"},
          new String[] {"Albuterol HFA", "90 mcg", "Inhale 2 puffs every 4 hours as needed"},
          new String[] {"Omeprazole", "20 mg", "Take 1 capsule daily before breakfast"});
  static final List<String> PHARMACIES =
      List.of(
          "Main Street Pharmacy",
          "Walgreens #4411",
          "CVS Pharmacy #2087",
          "Riverside Apothecary",
          "Hometown Drug",
          "Valley Care Pharmacy");
  static final List<String> TESTS =
      List.of(
          "Comprehensive Metabolic Panel",
          "Complete Blood Count",
          "Hemoglobin A1c",
          "Lipid Panel",
          "Thyroid Stimulating Hormone",
          "Urinalysis",
          "Basic Metabolic Panel",
          "Vitamin D 25-Hydroxy");
  static final List<String> PROCEDURES =
      List.of(
          "MRI lumbar spine",
          "CT abdomen with contrast",
          "Sleep study",
          "Knee arthroscopy",
          "Humira 40 mg",
          "Physical therapy 12 visits");

  final Random r;
  final LocalDate today;

  FakeData(long seed, LocalDate today) {
    // Neighbouring seeds give correlated first draws in java.util.Random: scramble them first.
    this.r = new Random(new java.util.SplittableRandom(seed).nextLong());
    this.today = today;
  }

  <T> T pick(List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  String first() {
    return pick(FIRST);
  }

  String last() {
    return pick(LAST);
  }

  LocalDate dob() {
    return today.minusYears(18 + r.nextInt(70)).minusDays(r.nextInt(365));
  }

  String phoneDigits() {
    return (2 + r.nextInt(8)) + digits(2) + (2 + r.nextInt(8)) + digits(6);
  }

  String npi() {
    String stem = (1 + r.nextInt(2)) + digits(8);
    return stem + NpiValidator.checkDigit(stem);
  }

  String digits(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(r.nextInt(10));
    }
    return b.toString();
  }

  String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }
}
