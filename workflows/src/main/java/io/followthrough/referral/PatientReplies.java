package io.followthrough.referral;

import io.followthrough.channels.Channel;
import io.followthrough.channels.InboundKind;
import io.followthrough.channels.InboundMessage;
import io.followthrough.drafting.Audience;
import io.followthrough.drafting.ReplyDecision;
import io.followthrough.drafting.ReplyIntent;
import io.followthrough.drafting.ReplyRequest;
import io.followthrough.sdk.HumanTask;
import io.followthrough.sdk.TimelineKind;
import io.temporal.failure.ActivityFailure;
import java.util.Locale;

/**
 * What the patient's side brought in, as a {@link Decision}: a booking, a staff call's decision, or
 * replies. "Yes" wants an appointment; any other text is interpreted by the AI, and a confident
 * answer is acted on (wants an appointment, declines with a reason code, STOP, wrong number); a
 * question, an unclear answer or one below the policy's confidence goes to a coordinator ({@code
 * read-patient-reply}).
 */
final class PatientReplies {
  private final ReferralContext ctx;

  PatientReplies(ReferralContext ctx) {
    this.ctx = ctx;
  }

  Decision next() {
    ReferralState s = ctx.state;
    if (s.pendingBooking != null) {
      return Decision.of(Decision.Kind.BOOKED);
    }
    if (s.staffDecision != null) {
      String resolution = s.staffDecision;
      s.staffDecision = null;
      return ReferralResolutions.decision(resolution);
    }
    while (!s.patientReplies.isEmpty()) {
      Decision d = interpret(s.patientReplies.poll());
      if (!d.is(Decision.Kind.CONTINUE)) {
        return d;
      }
    }
    return Decision.of(Decision.Kind.CONTINUE);
  }

  private Decision interpret(InboundMessage m) {
    if (m.kind() == InboundKind.AFFIRMATIVE) {
      ctx.note("patient-wants-appointment");
      return Decision.of(Decision.Kind.SCHEDULE);
    }
    ReplyDecision d = null;
    try {
      d =
          ctx.drafting.interpretReply(
              new ReplyRequest(
                  ctx.state.lastPatientPurpose, Audience.PATIENT, m.text(), ctx.language()));
      ctx.recordAi(
          "reply",
          d.intent() + ":" + String.format(Locale.ROOT, "%.2f", d.confidence()),
          d.provenance());
    } catch (ActivityFailure e) {
      ctx.outcome.record(TimelineKind.ATTEMPT_FAILED, "reply:" + ReferralContext.failureType(e));
    }
    if (d != null
        && d.intent() != null
        && d.confidence() >= ctx.policy.replyConfidenceThreshold()) {
      switch (d.intent()) {
        case WANTS_APPOINTMENT:
          return Decision.of(Decision.Kind.SCHEDULE);
        case DECLINES:
          return new Decision(Decision.Kind.DECLINED, reasonCode(d.reasonCode()));
        case STOP:
          block(m.channel());
          return Decision.of(Decision.Kind.CONTINUE);
        case WRONG_NUMBER:
          block(Channel.SMS);
          block(Channel.VOICE);
          return Decision.of(Decision.Kind.CONTINUE);
        default:
          break;
      }
    }
    return askCoordinator(m, d);
  }

  private Decision askCoordinator(InboundMessage m, ReplyDecision d) {
    String suggestion =
        d == null || d.intent() == null
            ? "none"
            : d.intent().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (d.intent() == ReplyIntent.DECLINES ? ":" + reasonCode(d.reasonCode()) : "");
    HumanTask task =
        ctx.ask(
            ctx.task("coordinator", "read-patient-reply")
                .withContext("channel", m.channel() == null ? "none" : m.channel().name())
                .withContext("inReplyTo", ReferralContext.orNone(m.inReplyTo()))
                .withContext("suggestion", suggestion),
            () -> ctx.state.pendingBooking != null);
    if (task.status() != HumanTask.Status.COMPLETED) {
      return Decision.of(Decision.Kind.BOOKED);
    }
    return ReferralResolutions.decision(task.resolution());
  }

  private void block(Channel channel) {
    if (channel != null) {
      ctx.state.blockedChannels.add(channel);
      ctx.note("opted-out:" + channel.name().toLowerCase(Locale.ROOT));
    }
  }

  static String reasonCode(String code) {
    return code == null || !code.matches("[a-z0-9][a-z0-9-]{0,47}") ? "unspecified" : code;
  }
}
