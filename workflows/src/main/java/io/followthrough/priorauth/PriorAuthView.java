package io.followthrough.priorauth;

import java.util.List;

/**
 * The {@code priorAuth} query: references, codes and counts, no PHI.
 *
 * @param orderKey the order or visit
 * @param payer the payer code
 * @param serviceCode the service code submitted
 * @param trackingId the payer's tracking id of the current submission or appeal, or null
 * @param status the payer's last answer ({@link PayerDecision} name), or null before the first
 * @param denialReason the payer's last denial reason code, or null
 * @param requestedItems what the payer asked for last (item codes)
 * @param documents how many documents the packet holds
 * @param appeals how many appeals were submitted
 * @param decisionDueAt epoch millis by which the payer should decide the current submission
 * @param appealDueAt epoch millis by which an appeal must be filed, or null
 * @param authNumber the authorization number once approved
 * @param disposition how it ended, or null while running
 * @param schedulerTold whether the scheduling queue was told
 */
public record PriorAuthView(
    String orderKey,
    String payer,
    String serviceCode,
    String trackingId,
    String status,
    String denialReason,
    List<String> requestedItems,
    int documents,
    int appeals,
    Long decisionDueAt,
    Long appealDueAt,
    String authNumber,
    String disposition,
    boolean schedulerTold) {}
