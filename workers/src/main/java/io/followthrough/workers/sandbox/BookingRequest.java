package io.followthrough.workers.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /sandbox/appointments}: book {@code slot_id} for {@code patient_ref}, as staff or the
 * patient would. The idempotency key may come here or in the {@code Idempotency-Key} header.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingRequest(
    @JsonProperty("patient_ref") String patientRef,
    @JsonProperty("slot_id") String slotId,
    @JsonProperty("idempotency_key") String idempotencyKey) {}
