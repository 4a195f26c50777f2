package io.followthrough.referral;

import io.followthrough.documents.DocumentFacts;
import io.followthrough.documents.DocumentIntakeActivities;
import io.temporal.failure.ApplicationFailure;
import java.util.HashMap;
import java.util.Map;

/** Documents the test put in, understood as given; unknown ids are not found. */
final class FakeReferralDocuments implements DocumentIntakeActivities {
  private final Map<String, DocumentFacts> documents = new HashMap<>();

  synchronized FakeReferralDocuments put(DocumentFacts facts) {
    documents.put(facts.documentId(), facts);
    return this;
  }

  @Override
  public synchronized DocumentFacts understand(String documentId) {
    DocumentFacts facts = documents.get(documentId);
    if (facts == null) {
      throw ApplicationFailure.newNonRetryableFailure("no such document", DOCUMENT_NOT_FOUND);
    }
    return facts;
  }
}
