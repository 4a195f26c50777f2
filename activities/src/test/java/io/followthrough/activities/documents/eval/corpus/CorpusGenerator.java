package io.followthrough.activities.documents.eval.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.activities.ai.DocumentType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a labelled corpus of synthetic fax documents, one file each, plus {@code labels.jsonl} in
 * the evaluator's format. The held-out slice uses different seeds and a layout variant that the
 * tuning slice never shows.
 */
public final class CorpusGenerator {
  /** Which slice: tuning (layouts 0 and 1) or held-out (layout 2, disjoint seeds). */
  public enum Slice {
    TUNE(1_000L),
    HELDOUT(9_000_000L);

    final long seedBase;

    Slice(long seedBase) {
      this.seedBase = seedBase;
    }
  }

  /** Output format: text-layer PDF (no OCR needed) or fax TIFF at fine or standard resolution. */
  public enum Format {
    TEXT_PDF,
    FAX_FINE_TIFF,
    FAX_STANDARD_TIFF,
    /** Alternating fine (204x196) and standard (204x98) resolution. */
    FAX_MIXED_TIFF
  }

  /** The day the corpus is "received"; fixed so labels are reproducible. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  private CorpusGenerator() {}

  /** Writes {@code count} documents, types in rotation; returns the labels file. */
  public static Path write(Path dir, Slice slice, int count, Format format) throws IOException {
    Files.createDirectories(dir);
    ObjectMapper json = new ObjectMapper();
    List<String> labels = new ArrayList<>();
    DocumentType[] types = DocumentType.values();
    for (int i = 0; i < count; i++) {
      FakeData f = new FakeData(slice.seedBase + i, TODAY);
      int layout = slice == Slice.HELDOUT ? 2 : i / types.length % 2;
      GeneratedDoc doc = packet(make(types[i % types.length], f, layout), f, layout);
      String name =
          String.format("%s-%03d-%s", slice.name().toLowerCase(), i, doc.type().wireName());
      String file = name + (format == Format.TEXT_PDF ? ".pdf" : ".tif");
      if (format == Format.TEXT_PDF) {
        PageFiles.writeTextPdf(doc.pages(), dir.resolve(file));
      } else {
        boolean fine =
            format == Format.FAX_FINE_TIFF || (format == Format.FAX_MIXED_TIFF && i % 2 == 0);
        int dpiY = fine ? 196 : 98;
        List<BufferedImage> images = new ArrayList<>();
        for (List<String> page : doc.pages()) {
          images.add(FaxRenderer.render(page, dpiY, f.r, slice == Slice.HELDOUT));
        }
        PageFiles.writeTiff(images, dpiY, dir.resolve(file));
      }
      Map<String, Object> label = new LinkedHashMap<>();
      label.put("file", file);
      label.put("type", doc.type().wireName());
      label.put("fields", doc.fields());
      labels.add(json.writeValueAsString(label));
    }
    Path labelFile = dir.resolve("labels.jsonl");
    Files.write(labelFile, labels);
    return labelFile;
  }

  static GeneratedDoc make(DocumentType type, FakeData f, int layout) {
    return switch (type) {
      case REFERRAL -> ReferralTemplate.make(f, layout);
      case LAB_RESULT -> FormTemplates.lab(f, layout);
      case PRIOR_AUTH -> FormTemplates.priorAuth(f, layout);
      case REFILL_REQUEST -> FormTemplates.refill(f, layout);
      case ELIGIBILITY -> TextTemplates.eligibility(f, layout);
      case MEDICAL_RECORDS -> TextTemplates.records(f, layout);
      case PATIENT_FORM -> TextTemplates.patientForm(f, layout);
      case OTHER -> TextTemplates.other(f, layout);
    };
  }

  /** Some documents arrive as packets: a cover sheet first, clinical notes attached after. */
  private static GeneratedDoc packet(GeneratedDoc doc, FakeData f, int layout) {
    if (doc.type() == DocumentType.OTHER || doc.type() == DocumentType.MEDICAL_RECORDS) {
      return doc;
    }
    List<List<String>> pages = new ArrayList<>(doc.pages());
    if (f.r.nextInt(4) == 0) {
      pages.add(0, TextTemplates.coverPage(f));
    }
    if (f.r.nextInt(5) == 0) {
      pages.add(TextTemplates.notesPage(f, layout));
    }
    return new GeneratedDoc(doc.type(), pages, doc.fields());
  }
}
