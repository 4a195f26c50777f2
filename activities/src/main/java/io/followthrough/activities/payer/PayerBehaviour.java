package io.followthrough.activities.payer;

import io.followthrough.priorauth.PayerDecision;
import java.util.List;
import java.util.Set;

/**
 * How the sandbox payer behaves, by rules on payer, service code and documents, so demos and tests
 * are reproducible. Checks are counted, not timed: the payer "reviews" on each status check.
 *
 * <ul>
 *   <li>Slow: {@code cigna} stays PENDING for {@value #SLOW_REVIEWS} checks, every other payer for
 *       {@value #REVIEWS} check (the first answer is always PENDING).
 *   <li>Outage: {@code medicaid} fails the first {@value #OUTAGES} status checks of a submission as
 *       {@code PayerUnavailable} (transient, retried).
 *   <li>More information: a first submission without a {@code clinical-notes} document is asked for
 *       {@code clinical-notes} once; the answer restarts the review.
 *   <li>Denial: {@code united} denies service codes {@value #IMAGING_CODES} as {@code
 *       not-medically-necessary}; {@code tricare} denies everything as {@code benefit-exclusion},
 *       final (no appeal). Every other first submission is approved.
 *   <li>Appeals are approved after the usual review.
 * </ul>
 *
 * A decision forced over HTTP ({@code /sandbox/payer}) overrides all of these.
 */
public final class PayerBehaviour {
  static final int REVIEWS = 1;
  static final int SLOW_REVIEWS = 4;
  static final int OUTAGES = 2;
  static final String IMAGING_CODES = "70551 73721";
  static final Set<String> DENIED_BY_UNITED = Set.of("70551", "73721");

  /**
   * What the payer will answer once its review is done.
   *
   * @param reviews PENDING checks before it answers
   * @param outages status checks that fail first
   * @param needsInfo items it asks for first (empty: none)
   * @param decision its decision
   * @param reasonCode denial reason, else null
   * @param finalDecision whether a denial is final
   */
  public record Plan(
      int reviews,
      int outages,
      List<String> needsInfo,
      PayerDecision decision,
      String reasonCode,
      boolean finalDecision) {}

  private PayerBehaviour() {}

  /** The plan of a submission ({@code appeal} false) or an appeal. */
  public static Plan plan(
      String payer, String serviceCode, List<String> documentKinds, boolean appeal) {
    String p = payer == null ? "" : payer;
    int reviews = "cigna".equals(p) ? SLOW_REVIEWS : REVIEWS;
    int outages = "medicaid".equals(p) ? OUTAGES : 0;
    if (appeal) {
      return new Plan(reviews, outages, List.of(), PayerDecision.APPROVED, null, false);
    }
    List<String> info =
        documentKinds.contains("clinical-notes") ? List.of() : List.of("clinical-notes");
    if ("tricare".equals(p)) {
      return new Plan(reviews, outages, info, PayerDecision.DENIED, "benefit-exclusion", true);
    }
    if ("united".equals(p) && DENIED_BY_UNITED.contains(serviceCode)) {
      return new Plan(
          reviews, outages, info, PayerDecision.DENIED, "not-medically-necessary", false);
    }
    return new Plan(reviews, outages, info, PayerDecision.APPROVED, null, false);
  }
}
