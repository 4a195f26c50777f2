package io.followthrough.workers.codec;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code followthrough.codec.*}: where the payload keys come from and how the Codec Server answers
 * browsers. Secrets (keys, the auth token) belong in the environment, not application.yml.
 *
 * @param keys {@code id:base64} entries, active key first (env {@code FOLLOWTHROUGH_CODEC_KEYS})
 * @param keyFile a file of {@code id:base64} lines, active key first
 * @param devMode allow the generated dev key in {@code .followthrough/dev-codec.key}; default false
 * @param corsOrigin browser origins (the Temporal Web UI), comma-separated, allowed to call the
 *     Codec Server; none when unset
 * @param authToken when set, the Codec Server requires {@code Authorization: Bearer <token>}
 */
@ConfigurationProperties(CodecProperties.PREFIX)
public record CodecProperties(
    @Nullable String keys,
    @Nullable String keyFile,
    @Bindable(defaultValue = "false") boolean devMode,
    @Nullable String corsOrigin,
    @Nullable String authToken) {
  public static final String PREFIX = "followthrough.codec";
}
