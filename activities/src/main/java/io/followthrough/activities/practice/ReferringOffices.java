package io.followthrough.activities.practice;

import io.followthrough.activities.ai.validate.NpiValidator;
import io.followthrough.channels.Channel;
import java.util.Optional;

/**
 * Referring offices as the sandbox's directory reaches them, by the references the referral outcome
 * uses: {@code npi:<NPI>} (a real adapter looks the NPI up in a provider directory; here a practice
 * provider with that NPI answers with its own numbers, any other valid NPI with fictional ones) and
 * {@code fax-sender:<documentId>} (the number a received fax came from; here a fictional one).
 * Fictional numbers are in the 555-04xx to 555-06xx blocks.
 */
final class ReferringOffices {
  static final String NPI = "npi:";
  static final String FAX_SENDER = "fax-sender:";

  private ReferringOffices() {}

  static boolean handles(String ref) {
    return ref.startsWith(NPI) || ref.startsWith(FAX_SENDER);
  }

  static Optional<String> address(SandboxState state, String ref, Channel channel) {
    if (ref.startsWith(NPI)) {
      String npi = ref.substring(NPI.length());
      if (!NpiValidator.isValid(npi)) {
        return Optional.empty();
      }
      for (Provider p : state.providers().values()) {
        if (p.npi().equals(npi)) {
          return Contacts.address(state, p.ref(), channel);
        }
      }
      String last = npi.substring(8);
      return Optional.ofNullable(
          switch (channel) {
            case FAX -> "+1312555" + "04" + last;
            case VOICE -> "+1312555" + "05" + last;
            case PORTAL, EMAIL -> "direct:npi-" + npi + "@direct.example.org";
            case SMS, LETTER -> null;
          });
    }
    String documentId = ref.substring(FAX_SENDER.length());
    if (channel != Channel.FAX || !documentId.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    return Optional.of(
        "+1312555"
            + "06"
            + "%02d".formatted(Integer.parseInt(documentId.substring(0, 2), 16) % 100));
  }
}
