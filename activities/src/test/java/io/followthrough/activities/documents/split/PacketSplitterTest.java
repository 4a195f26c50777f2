package io.followthrough.activities.documents.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.TextSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketSplitterTest {

  private final PacketSplitter splitter = new PacketSplitter();

  static final String COVER =
      "FAX COVER SHEET\nTo: Orthopedic Intake\nFrom: Riverside Family Clinic\nPages: 6";
  static final String REFERRAL_A1 =
      "REFERRAL FOR SPECIALIST CONSULTATION\nPatient: Jane Q Sample  DOB: 03/14/1961\n"
          + "Reason: knee pain\nPage 1 of 2";
  static final String REFERRAL_A2 =
      "Clinical notes continued\nExam shows swelling of the right knee.\nPage 2 of 2";
  static final String LABS_A =
      "LABORATORY REPORT\nPatient: Jane Q Sample  DOB: 3/14/1961\nCBC within normal limits\n"
          + "Page 1 of 1";
  static final String REFERRAL_B1 =
      "REFERRAL FOR SPECIALIST CONSULTATION\nPatient: Robert Example  DOB: 11/02/1975\n"
          + "Reason: shoulder pain";
  static final String REFERRAL_B2 =
      "Medication list: ibuprofen 400 mg as needed\nAllergies: none known\nSigned Dr. Alan Example";

  private static List<PageText> pages(String... texts) {
    List<PageText> pages = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      pages.add(new PageText(i + 1, texts[i], TextSource.OCR, 0.9, 0));
    }
    return pages;
  }

  @Test
  void splitsCoverReferralLabsAndSecondPatient() {
    List<PacketPart> parts =
        splitter.split(pages(COVER, REFERRAL_A1, REFERRAL_A2, LABS_A, REFERRAL_B1, REFERRAL_B2));

    assertEquals(4, parts.size(), parts.toString());
    assertEquals(new PacketPart(1, 1, parts.get(0).confidence(), true), parts.get(0));
    assertEquals(2, parts.get(1).firstPage());
    assertEquals(3, parts.get(1).lastPage());
    assertEquals(4, parts.get(2).firstPage());
    assertEquals(4, parts.get(2).lastPage());
    assertEquals(5, parts.get(3).firstPage());
    assertEquals(6, parts.get(3).lastPage());
    parts.forEach(p -> assertTrue(p.confidence() > 0.6, p.toString()));
  }

  @Test
  void oneDocumentWithoutPageNumbersStaysWhole() {
    List<PacketPart> parts = splitter.split(pages(REFERRAL_B1, REFERRAL_B2, REFERRAL_B2));
    assertEquals(1, parts.size());
    assertEquals(3, parts.get(0).pageCount());
    assertEquals(false, parts.get(0).coverSheet());
  }

  @Test
  void blankPageStaysWithItsDocument() {
    List<PacketPart> parts = splitter.split(pages(REFERRAL_A1, "", REFERRAL_A2));
    assertEquals(1, parts.size(), parts.toString());
  }

  @Test
  void pageNumberRestartSplitsEvenWithoutOtherSignals() {
    List<PacketPart> parts =
        splitter.split(
            pages("Notes\nPage 1 of 2", "More notes\nPage 2 of 2", "Other notes\nPage 1 of 1"));
    assertEquals(2, parts.size(), parts.toString());
    assertEquals(3, parts.get(1).firstPage());
  }

  @Test
  void signalsNameEvidenceNotContent() {
    List<PageBoundary> boundaries = splitter.boundaries(pages(REFERRAL_A1, REFERRAL_B1));
    PageBoundary second = boundaries.get(1);
    assertTrue(second.startsDocument());
    assertTrue(second.signals().contains("dob-changed"), second.signals().toString());
    second.signals().forEach(s -> assertTrue(!s.contains("Robert") && !s.contains("1975")));
  }

  @Test
  void laterStagesCanRefineBoundaries() {
    List<PageBoundary> boundaries =
        new ArrayList<>(splitter.boundaries(pages(REFERRAL_B1, REFERRAL_B2)));
    assertEquals(1, splitter.split(boundaries, List.of(false, false)).size());
    boundaries.set(1, boundaries.get(1).withProbability(0.9, "classifier-new-type"));
    List<PacketPart> parts = splitter.split(boundaries, List.of(false, false));
    assertEquals(2, parts.size());
    assertEquals(0.9, parts.get(1).confidence(), 1e-9);
  }

  @Test
  void ocrNoiseInLabelsIsTolerated() {
    List<PacketPart> parts =
        splitter.split(
            pages(
                "Patient : Jane Q Sample D.O.B. 03-14-1961\nnotes",
                "Patient: Jane Q Sample DOB 03/14/61\nmore notes",
                "Patient: Robert Example Date of birth: 11/2/1975\nnotes"));
    assertEquals(2, parts.size(), parts.toString());
    assertEquals(3, parts.get(1).firstPage());
  }
}
