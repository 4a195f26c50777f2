package io.followthrough.referral;

import io.followthrough.documents.DocumentFacts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The business key of a referral: the same referring provider, patient and specialty give the same
 * key whatever fax carried them, so a second fax of one referral finds the running workflow instead
 * of texting the patient again. A pure function (no clock, no I/O): safe in workflow code.
 */
public final class ReferralKeys {

  /** Prefix of keys derived from the referral's content. */
  static final String HASH_PREFIX = "rk-";

  private ReferralKeys() {}

  /**
   * {@code rk-} and 24 hex digits of SHA-256 over the referring NPI, the patient's family name
   * (lower-case, accents, spaces and punctuation removed), the date of birth and the specialty
   * code, when the NPI, family name and date of birth were all read validly; otherwise the document
   * id. The key holds no PHI in the clear.
   *
   * @param facts what intake read from the referral
   * @param knownSpecialties specialty codes to recognise (see {@link ReferralPolicy})
   */
  public static String referralKey(DocumentFacts facts, List<String> knownSpecialties) {
    ReferralFields fields = new ReferralFields(facts.fields());
    String npi = fields.value("referring_npi");
    String last = fields.lastName();
    String dob = fields.dateOfBirth() == null ? null : fields.dateOfBirth().toString();
    if (npi == null || last == null || dob == null) {
      return facts.documentId();
    }
    String specialty = fields.specialty(knownSpecialties);
    String folded = ReferralFields.fold(last).replaceAll("[^a-z]", "");
    String material = String.join("|", npi, folded, dob, specialty == null ? "" : specialty);
    return HASH_PREFIX + sha256(material).substring(0, 24);
  }

  /** {@link #referralKey(DocumentFacts, List)} with the default policy's specialties. */
  public static String referralKey(DocumentFacts facts) {
    return referralKey(facts, ReferralPolicy.defaults().knownSpecialties());
  }

  /** The key within a referral workflow id ({@code referral/<key>}), or the id itself. */
  static String keyOf(String workflowId) {
    String prefix = ReferralWorkflow.OUTCOME_TYPE + "/";
    return workflowId.startsWith(prefix) ? workflowId.substring(prefix.length()) : workflowId;
  }

  private static String sha256(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
