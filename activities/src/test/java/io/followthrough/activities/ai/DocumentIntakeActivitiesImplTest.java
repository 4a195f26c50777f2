package io.followthrough.activities.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.ai.extract.FieldExtractor;
import io.followthrough.activities.documents.DocumentRejectedException;
import io.followthrough.activities.documents.PageText;
import io.followthrough.activities.documents.ReadDocument;
import io.followthrough.activities.documents.TextSource;
import io.followthrough.activities.documents.store.AesGcmBlobCipher;
import io.followthrough.activities.documents.store.DocumentStore;
import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIntakeActivitiesImplTest {
  private final TestActivityEnvironment env = TestActivityEnvironment.newInstance();

  @AfterEach
  void close() {
    env.close();
  }

  private DocumentIntakeActivities activities(Optional<Path> file, boolean reject) {
    String page =
        "LABORATORY REPORT\nPatient Name: Ann Lee\nDOB: 01/02/1970\nTest Name: Lipid Panel";
    DocumentUnderstanding fixedType =
        doc -> {
          Classification c =
              new Classification(
                  DocumentType.LAB_RESULT, 0.97, Map.of(DocumentType.LAB_RESULT, 0.97), List.of());
          return Review.assess(
              c, new FieldExtractor().extract(c.type(), doc), UnderstandingPolicy.defaults());
        };
    env.registerActivitiesImplementations(
        new DocumentIntakeActivitiesImpl(
            id -> file,
            f -> {
              if (reject) {
                throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.ENCRYPTED, "PDF is encrypted");
              }
              return new ReadDocument(
                  "d1",
                  "application/pdf",
                  List.of(new PageText(1, page, TextSource.TEXT_LAYER, 1, 0)));
            },
            fixedType));
    return env.newActivityStub(DocumentIntakeActivities.class);
  }

  @Test
  void returnsSmallFactsWithEvidence() {
    DocumentFacts facts = activities(Optional.of(Path.of("x.pdf")), false).understand("d1");
    assertEquals("lab_result", facts.type());
    assertEquals("Ann Lee", facts.fields().get("patient_name").value());
    assertEquals("1970-01-02", facts.fields().get("dob").value());
    assertEquals(1, facts.fields().get("dob").page());
    assertTrue(facts.missingRequired().isEmpty());
    assertFalse(facts.needsHuman());
    assertEquals(1, facts.pageCount());
  }

  @Test
  void readsFromTheEncryptedStore(@TempDir Path dir) throws Exception {
    DocumentStore store = new DocumentStore(dir, new AesGcmBlobCipher(new byte[32]), 1 << 20);
    String text =
        "LABORATORY REPORT\nPatient Name: Ann Lee\nDOB: 01/02/1970\nTest Name: Lipid Panel";
    String id = store.put(text.getBytes(StandardCharsets.UTF_8));
    env.registerActivitiesImplementations(
        new DocumentIntakeActivitiesImpl(
            store,
            f -> {
              try {
                return new ReadDocument(
                    id,
                    "text/plain",
                    List.of(new PageText(1, Files.readString(f), TextSource.TEXT_LAYER, 1, 0)));
              } catch (java.io.IOException e) {
                throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.CORRUPT, "unreadable", e);
              }
            },
            doc ->
                Review.assess(
                    new Classification(DocumentType.LAB_RESULT, 0.97, Map.of(), List.of()),
                    new FieldExtractor().extract(DocumentType.LAB_RESULT, doc),
                    UnderstandingPolicy.defaults())));
    DocumentIntakeActivities stub = env.newActivityStub(DocumentIntakeActivities.class);
    assertEquals("Ann Lee", stub.understand(id).fields().get("patient_name").value());
    ActivityFailure e = assertThrows(ActivityFailure.class, () -> stub.understand("0".repeat(64)));
    assertEquals(
        DocumentIntakeActivities.DOCUMENT_NOT_FOUND, ((ApplicationFailure) e.getCause()).getType());
  }

  @Test
  void unknownDocumentIsNonRetryable() {
    ActivityFailure e =
        assertThrows(
            ActivityFailure.class, () -> activities(Optional.empty(), false).understand("nope"));
    ApplicationFailure cause = (ApplicationFailure) e.getCause();
    assertEquals(DocumentIntakeActivities.DOCUMENT_NOT_FOUND, cause.getType());
    assertTrue(cause.isNonRetryable());
  }

  @Test
  void rejectedDocumentIsNonRetryableWithSafeMessage() {
    ActivityFailure e =
        assertThrows(
            ActivityFailure.class,
            () -> activities(Optional.of(Path.of("x.pdf")), true).understand("d1"));
    ApplicationFailure cause = (ApplicationFailure) e.getCause();
    assertEquals(DocumentIntakeActivities.DOCUMENT_REJECTED, cause.getType());
    assertTrue(cause.isNonRetryable());
    assertTrue(cause.getOriginalMessage().contains("encrypted"));
  }
}
