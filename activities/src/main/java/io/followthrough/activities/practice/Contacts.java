package io.followthrough.activities.practice;

import io.followthrough.channels.Channel;
import java.util.Optional;

/** Where the sandbox reaches patients, providers and referring offices on each channel. */
final class Contacts {
  private Contacts() {}

  static Optional<String> address(SandboxState state, String ref, Channel channel) {
    if (ref != null && Pharmacies.handles(ref)) {
      return Pharmacies.address(ref, channel);
    }
    if (ref != null && ReferringOffices.handles(ref)) {
      return ReferringOffices.address(state, ref, channel);
    }
    PatientRecord patient = ref == null ? null : state.patients().get(ref);
    if (patient != null) {
      return Optional.ofNullable(
          switch (channel) {
            case SMS, VOICE -> patient.phone();
            case EMAIL -> patient.email();
            case PORTAL -> "portal:" + patient.ref();
            case LETTER -> "mail:" + patient.ref();
            case FAX -> null;
          });
    }
    Provider provider = ref == null ? null : state.providers().get(ref);
    if (provider != null) {
      return Optional.ofNullable(
          switch (channel) {
            case FAX -> provider.fax();
            case VOICE -> provider.phone();
            case PORTAL, EMAIL -> "direct:" + provider.ref() + "@direct.example.org";
            case SMS, LETTER -> null;
          });
    }
    return Optional.empty();
  }
}
