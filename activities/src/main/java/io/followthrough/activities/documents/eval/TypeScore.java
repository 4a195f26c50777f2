package io.followthrough.activities.documents.eval;

/**
 * Results for the documents of one true type.
 *
 * @param documents how many
 * @param classificationAccuracy share classified as this type
 * @param fieldF1 F1 over this type's labelled fields
 * @param toHumanRate share routed to a person
 */
public record TypeScore(
    int documents, double classificationAccuracy, double fieldF1, double toHumanRate) {}
