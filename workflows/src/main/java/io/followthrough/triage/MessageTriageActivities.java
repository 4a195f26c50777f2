package io.followthrough.triage;

import io.followthrough.channels.Channel;
import io.followthrough.drafting.Draft;
import io.followthrough.sdk.ActivityPolicies;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The AI of message triage: urgency and refill intent of a patient's message, and the approved
 * emergency instructions. Pure functions of their arguments (retries are safe). Activity types
 * {@code MessageTriageClassify} and {@code MessageTriageEmergencyInstructions}. Non-retryable
 * failures: {@link #INVALID_INPUT}, {@link #INVALID_OUTPUT} (a hosted model's answer stayed
 * unusable after the bounded repair).
 */
@ActivityInterface(namePrefix = "MessageTriage")
public interface MessageTriageActivities {

  String INVALID_INPUT = ActivityPolicies.INVALID_INPUT;

  String INVALID_OUTPUT = "InvalidModelOutput";

  /** Classifies one message. Emergency wording always wins, whatever a model says. */
  @ActivityMethod
  TriageClassification classify(ClassifyRequest request);

  /**
   * The approved emergency instructions (call 911 / go to the emergency department) in {@code
   * language} ({@code en} when not available) for {@code channel}; fixed text, never model-written.
   */
  @ActivityMethod
  Draft emergencyInstructions(String language, Channel channel, String practiceName);
}
