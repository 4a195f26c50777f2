package io.followthrough.workers.triage;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.triage.MessageTriageInput;
import io.followthrough.triage.MessageTriageKeys;
import io.followthrough.triage.MessageTriageWorkflow;
import io.followthrough.workers.triggers.OutcomeStarter;
import io.followthrough.workers.triggers.OutcomeTrigger;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Starts {@code MessageTriage} for every patient message that starts a new conversation by SMS,
 * portal or voicemail transcript ({@code VOICE}), with id {@code message-triage/<key>} ({@link
 * MessageTriageKeys}: channel, sender and arrival time hashed; the same delivery twice starts one
 * outcome). In office hours too: urgency rules always apply, office hours only change who answers.
 * The site is {@code followthrough.triage.site} (none: the default policy).
 */
@Singleton
public class MessageTriageTrigger implements OutcomeTrigger {
  static final Set<Channel> CHANNELS = Set.of(Channel.SMS, Channel.PORTAL, Channel.VOICE);

  private final String site;

  public MessageTriageTrigger(@Value("${followthrough.triage.site:}") String site) {
    this.site = site == null || site.isBlank() ? null : site.trim();
  }

  @Override
  public boolean onNewConversation(InboundMessage message, OutcomeStarter starter) {
    if (message == null
        || message.fromRef() == null
        || !CHANNELS.contains(message.channel())
        || message.kind() == InboundKind.DELIVERY_RECEIPT
        || message.kind() == InboundKind.STOP) {
      return false;
    }
    OutcomeStarter.Started started =
        starter.startOnce(
            MessageTriageWorkflow.TYPE,
            MessageTriageKeys.workflowId(message),
            new MessageTriageInput(message, site));
    return started != OutcomeStarter.Started.FAILED;
  }
}
