package io.followthrough.workers.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Three synthetic faxes for `followthrough dev` and tests: a referral, a refill request and a lab
 * result, as fax-to-PDF files with a text layer (no OCR needed), byte-for-byte the same on every
 * call. Every name and number is made up; the NPI passes its checksum, the ICD-10 codes are real
 * codes.
 */
public final class DemoFaxes {

  private DemoFaxes() {}

  /** The demo faxes by name ({@code referral}, {@code refill-request}, {@code lab-result}). */
  public static Map<String, byte[]> all() {
    Map<String, byte[]> faxes = new LinkedHashMap<>();
    faxes.put("referral", referral());
    faxes.put("refill-request", pdf(REFILL));
    faxes.put("lab-result", pdf(LAB));
    return faxes;
  }

  /** The demo referral. */
  public static byte[] referral() {
    return pdf(REFERRAL);
  }

  /** A referral fax saying what {@code referral} says (same content, same bytes). */
  public static byte[] referral(DemoReferral referral) {
    return pdf(referral.lines());
  }

  private static final List<String> REFERRAL =
      List.of(
          "Maple Grove Family Medicine",
          "REFERRAL FORM",
          "PATIENT INFORMATION",
          "Name: Jordan Demo",
          "DOB: 03/14/1968   |   Sex: F",
          "Phone: (555) 201-0147",
          "Address: 12 Sample Street",
          "Springfield, IL 62701",
          "MRN: 00424242",
          "INSURANCE",
          "Insurance: Blue Cross Blue Shield   |   Member ID: XQA123456789",
          "REFERRING PROVIDER",
          "Name: Dr. Casey Example, MD",
          "NPI: 1234567893",
          "Phone: (555) 301-2200   |   Fax: (555) 301-2201",
          "REFER TO",
          "Specialty: Cardiology",
          "Provider: Dr. Robin Specialist",
          "Reason for Referral: Chest pain on exertion, abnormal stress test",
          "ICD-10: I20.9, R07.9",
          "Urgency: Routine");

  private static final List<String> REFILL =
      List.of(
          "PRESCRIPTION REFILL REQUEST",
          "Pharmacy: Corner Pharmacy #12",
          "Pharmacy Phone: (555) 410-9000",
          "Patient: Alex Sample",
          "Medication: Lisinopril",
          "Strength: 10 mg   |   Quantity: 90",
          "Sig: Take one tablet by mouth daily",
          "Refills remaining: 0. Please approve or deny and fax back.");

  private static final List<String> LAB =
      List.of(
          "LABORATORY REPORT",
          "Patient Name: Sam Placeholder   |   DOB: 07/02/1959",
          "Test Name: Hemoglobin A1c",
          "Specimen: whole blood   Collected: 11/18/2026",
          "Result      Flag   Reference Range",
          "8.4 %   H   4.0-5.6");

  private static byte[] pdf(List<String> lines) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float y = 720;
        for (String line : lines) {
          // Two columns like a form: the right one starts at a fixed x, as fax forms do.
          String[] cols = line.split(" {3}\\| {3}", 2);
          write(cs, font, 60, y, cols[0]);
          if (cols.length > 1) {
            write(cs, font, 330, y, cols[1]);
          }
          y -= 18;
        }
      }
      // A fixed trailer id keeps the bytes (so the document id) the same on every start.
      byte[] fixedId = "followthrough-demo".getBytes(StandardCharsets.US_ASCII);
      COSArray id = new COSArray();
      id.add(new COSString(fixedId));
      id.add(new COSString(fixedId));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render a demo fax", e);
    }
  }

  private static void write(PDPageContentStream cs, PDType1Font font, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, 11);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** A one-page fax-to-PDF saying {@code lines} (same lines, same bytes). */
  public static byte[] document(List<String> lines) {
    return pdf(lines);
  }
}
