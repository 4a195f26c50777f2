package io.followthrough.workers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.activities.documents.DocumentRejectedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A labelled set that is not ours (plain text files) through the CLI, text and JSON output. */
class EvalDocumentsCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl =
        new CommandLine(
            new EvalDocumentsCommand(
                () ->
                    f -> {
                      throw new DocumentRejectedException(
                          DocumentRejectedException.Reason.UNSUPPORTED_TYPE, "not in this test");
                    }));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void scoresAPlainTextLabelledSetAsJson() throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        "PRESCRIPTION REFILL REQUEST\nPharmacy: Hometown Drug\nMedication: Lisinopril\n"
            + "Strength: 10 mg\nSig: Take 1 tablet by mouth daily\nRefills remaining: 0");
    Files.writeString(
        dir.resolve("b.txt"),
        "LABORATORY REPORT\nPatient Name: Ann Lee    DOB: 1/2/1970\nTest Name: Lipid Panel\n"
            + "Result  Flag  Reference Range");
    Files.write(
        dir.resolve("labels.jsonl"),
        List.of(
            "{\"file\":\"a.txt\",\"type\":\"refill_request\",\"fields\":{\"drug\":\"lisinopril\","
                + "\"strength\":\"10 MG\",\"sig\":\"Take 1 tablet by mouth daily\",\"pharmacy_name\":\"Hometown Drug\"}}",
            "{\"file\":\"b.txt\",\"type\":\"lab_result\",\"fields\":{\"test_name\":\"Lipid Panel\","
                + "\"patient_name\":\"ann lee\",\"dob\":\"01/02/1970\"}}",
            "{\"file\":\"missing.pdf\",\"type\":\"other\",\"fields\":{}}"));
    int code =
        run(
            dir.toString(),
            "--labels",
            dir.resolve("labels.jsonl").toString(),
            "--output",
            "json",
            "--today",
            "2026-11-20");
    assertEquals(0, code, err.toString());
    JsonNode r = new ObjectMapper().readTree(out.toString());
    assertEquals(3, r.get("documents").asInt());
    assertEquals(2.0 / 3, r.get("classification_accuracy").asDouble(), 0.001);
    assertEquals(1.0, r.get("field_f1").asDouble(), 0.001);
    assertEquals(1.0, r.get("per_field").get("dob").get("recall").asDouble(), 0.001);
    assertTrue(r.has("per_type") && r.has("to_human_rate") && r.has("wrong_auto_accepted"));
    assertEquals("missing.pdf: file not found", r.get("failures").get(0).asText());
    assertTrue(err.toString().contains("evaluated 3/3"));
  }

  @Test
  void textOutputIsATable() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "FAX COVER SHEET\nTo: Clinic\nPages: 2");
    Files.write(dir.resolve("labels.jsonl"), List.of("{\"file\":\"a.txt\",\"type\":\"other\"}"));
    assertEquals(0, run(dir.toString(), "--labels", dir.resolve("labels.jsonl").toString()));
    assertTrue(out.toString().contains("classification accuracy"));
    assertTrue(out.toString().contains("TYPE"));
  }

  @Test
  void badInputIsAClearErrorNotAStackTrace() throws Exception {
    assertEquals(2, run(dir.resolve("nope").toString(), "--labels", "x.jsonl"));
    assertTrue(err.toString().startsWith("error: "));
    Files.writeString(dir.resolve("labels.jsonl"), "{\"file\":\"a.txt\",\"type\":\"memo\"}\n");
    assertEquals(2, run(dir.toString(), "--labels", dir.resolve("labels.jsonl").toString()));
    assertTrue(err.toString().contains("labels line 1 has unknown type \"memo\""));
    assertTrue(!err.toString().contains("Exception"));
  }
}
