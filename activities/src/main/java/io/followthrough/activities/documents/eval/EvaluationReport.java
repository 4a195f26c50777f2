package io.followthrough.activities.documents.eval;

import java.util.List;
import java.util.Map;

/**
 * The measured quality of document understanding on a labelled set. Serialised with snake_case
 * names ({@code classification_accuracy}, {@code field_f1}, ...).
 *
 * @param documents documents evaluated
 * @param classificationAccuracy share of documents whose predicted type is the true type
 * @param classificationEce expected calibration error of the type confidence (10 bins)
 * @param fieldPrecision micro precision over all labelled fields (valid predictions only)
 * @param fieldRecall micro recall
 * @param fieldF1 micro F1
 * @param toHumanRate share of documents marked as needing a person
 * @param wrongAutoAccepted wrong types plus wrong field values at or above the auto-accept
 *     thresholds
 * @param wrongAutoAcceptedTypes of which types
 * @param wrongAutoAcceptedFields of which field values
 * @param autoAcceptedFieldShare share of correct field values that were auto-accepted
 * @param perType results by true type
 * @param perField scores by field name
 * @param failures files that could not be read, with the reason (no document content)
 * @param wrongAutoAcceptedItems file and field of each wrong auto-accepted value (no values)
 * @param misclassified file, true and predicted type, confidence of each wrong classification
 */
public record EvaluationReport(
    int documents,
    double classificationAccuracy,
    double classificationEce,
    double fieldPrecision,
    double fieldRecall,
    double fieldF1,
    double toHumanRate,
    int wrongAutoAccepted,
    int wrongAutoAcceptedTypes,
    int wrongAutoAcceptedFields,
    double autoAcceptedFieldShare,
    Map<String, TypeScore> perType,
    Map<String, FieldScore> perField,
    List<String> failures,
    List<String> wrongAutoAcceptedItems,
    List<String> misclassified) {}
