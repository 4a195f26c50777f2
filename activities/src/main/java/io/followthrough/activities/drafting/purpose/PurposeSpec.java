package io.followthrough.activities.drafting.purpose;

import io.followthrough.channels.Channel;
import io.followthrough.drafting.Audience;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One row of {@code purposes.txt}: who a purpose is for, on which channels, and the facts it needs
 * and may use.
 *
 * @param purpose the purpose code, e.g. {@code referral-outreach}
 * @param audience the only audience it is written for
 * @param channels channels with a template
 * @param required facts it cannot do without ({@code link} is never required on voice)
 * @param optional facts it uses when given
 * @param version template set version, bumped whenever a template of the purpose changes
 */
public record PurposeSpec(
    String purpose,
    Audience audience,
    Set<Channel> channels,
    List<String> required,
    List<String> optional,
    int version) {

  /** The fact name of the self-schedule link. */
  public static final String LINK = "link";

  public PurposeSpec {
    channels = Set.copyOf(channels);
    required = List.copyOf(required);
    optional = List.copyOf(optional);
  }

  /** Facts required on {@code channel}. A voice script cannot carry a link. */
  public List<String> requiredFor(Channel channel) {
    return channel == Channel.VOICE
        ? required.stream().filter(f -> !f.equals(LINK)).toList()
        : required;
  }

  /** Every fact the purpose may use, required first. */
  public List<String> allFacts() {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return all;
  }

  /** The approved template's id, e.g. {@code referral-outreach.patient.sms}. */
  public String templateId(Channel channel) {
    return purpose
        + "."
        + audience.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "."
        + channel.name().toLowerCase(Locale.ROOT);
  }

  /** The template set's version as recorded in provenance, e.g. {@code referral-outreach@1}. */
  public String templateVersion() {
    return purpose + "@" + version;
  }
}
