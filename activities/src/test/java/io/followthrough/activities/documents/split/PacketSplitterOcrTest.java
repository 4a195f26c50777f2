package io.followthrough.activities.documents.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.documents.DocumentReaderSettings;
import io.followthrough.activities.documents.OcrDocumentReader;
import io.followthrough.activities.documents.fixtures.FaxPageRenderer;
import io.followthrough.activities.documents.fixtures.FaxResolution;
import io.followthrough.activities.documents.fixtures.FixtureFiles;
import io.followthrough.activities.documents.fixtures.SampleText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A faxed packet (cover, referral, another patient's referral) split from its OCR text. */
class PacketSplitterOcrTest {

  @TempDir Path dir;

  @Test
  void splitsAFaxedPacketFromOcrText() throws Exception {
    FaxPageRenderer fax = new FaxPageRenderer(FaxResolution.FINE).noise(0.001);
    List<String> second =
        List.of(
            "REFERRAL FOR SPECIALIST CONSULTATION",
            "Patient: Robert Example    DOB: 11/02/1975",
            "Reason: shoulder pain, evaluate for rotator cuff tear");
    Path packet =
        FixtureFiles.writeTiff(
            List.of(
                fax.render(SampleText.COVER_SHEET),
                fax.render(SampleText.REFERRAL),
                fax.render(second)),
            FaxResolution.FINE,
            FixtureFiles.CCITT_T6,
            dir.resolve("packet.tif"));

    List<PacketPart> parts;
    try (OcrDocumentReader reader =
        new OcrDocumentReader(DocumentReaderSettings.defaults().withOcrThreads(1))) {
      parts = new PacketSplitter().split(reader.read(packet).pages());
    }

    assertEquals(3, parts.size(), parts.toString());
    assertTrue(parts.get(0).coverSheet());
    assertEquals(2, parts.get(1).firstPage());
    assertEquals(3, parts.get(2).firstPage());
  }
}
