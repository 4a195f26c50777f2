package io.followthrough.workers.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A received fax, provider-neutral. Exactly one of {@code mediaBase64} and {@code mediaUrl} carries
 * the document. {@code from} and {@code to} are accepted for the provider's convenience but neither
 * logged nor stored.
 *
 * @param provider short provider name, e.g. {@code acme}; becomes the source {@code fax:<provider>}
 * @param faxId the provider's id of the fax (echoed back, not used for deduplication: the content
 *     hash is)
 * @param from sending number
 * @param to receiving number
 * @param pages page count the provider announces
 * @param mediaBase64 the document, base64
 * @param mediaUrl where to fetch the document (http or https)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FaxWebhook(
    @JsonProperty("provider") String provider,
    @JsonProperty("fax_id") String faxId,
    @JsonProperty("from") String from,
    @JsonProperty("to") String to,
    @JsonProperty("pages") Integer pages,
    @JsonProperty("media_base64") String mediaBase64,
    @JsonProperty("media_url") String mediaUrl) {}
