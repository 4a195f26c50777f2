package io.followthrough.activities.channels;

import io.followthrough.channels.Channel;
import java.util.Optional;

/**
 * Resolves a recipient reference ({@code pt-0007}, {@code prov-03}) to an address on a channel, so
 * workflows never carry phone numbers or emails. The sandbox practice system is one; a FHIR adapter
 * would be another.
 */
@FunctionalInterface
public interface RecipientDirectory {

  /** The address for {@code channel}, or empty when none is on file. */
  Optional<String> address(String recipientRef, Channel channel);

  /** Accepts any reference, with a made-up address: for tests that do not care about addresses. */
  static RecipientDirectory anyone() {
    return (ref, channel) ->
        Optional.of(channel.name().toLowerCase(java.util.Locale.ROOT) + ":" + ref);
  }
}
