package io.followthrough.sdk;

/**
 * A person's answer to a {@link HumanTask}, sent with the {@link HumanTaskUpdates#COMPLETE_TASK}
 * Update, e.g. {@code {"taskId":"await-acknowledgement-1","role":"supervisor","by":"sup-7",
 * "resolution":"acknowledged"}}.
 *
 * @param taskId id of the open task ({@link HumanTask#id()})
 * @param role role the person acts in; must match the task's role
 * @param by staff id of the person (never a patient identifier)
 * @param resolution short code of the decision, e.g. {@code acknowledged}, {@code handled-offline}
 */
public record TaskCompletion(String taskId, String role, String by, String resolution) {}
