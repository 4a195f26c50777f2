package io.followthrough.activities.drafting.llm;

import java.util.List;

/**
 * A model answer that cannot be used. {@link #codes()} are safe to log; {@link #detail()} tells the
 * model what to fix and may quote its answer, so it only ever goes back to the model.
 */
final class UnusableAnswer extends RuntimeException {
  private final List<String> codes;
  private final String detail;

  UnusableAnswer(List<String> codes, String detail) {
    super(String.join(", ", codes), null, false, false);
    this.codes = List.copyOf(codes);
    this.detail = detail;
  }

  UnusableAnswer(String code, String detail) {
    this(List.of(code), detail);
  }

  List<String> codes() {
    return codes;
  }

  String detail() {
    return detail;
  }
}
