package io.followthrough.drafting;

/**
 * A free-text reply to interpret. {@link #toString()} hides the text.
 *
 * @param purpose the purpose code of the message it answers (see {@link DraftRequest#purpose()})
 * @param audience who wrote it
 * @param text the reply as typed
 * @param language the sender's preferred language tag
 */
public record ReplyRequest(String purpose, Audience audience, String text, String language) {

  @Override
  public String toString() {
    return "ReplyRequest[purpose=%s, audience=%s, length=%d]"
        .formatted(purpose, audience, text == null ? 0 : text.length());
  }
}
