package io.followthrough.workers.intake;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Settings of document intake ({@code followthrough.intake.*}).
 *
 * @param maxBytes largest document accepted by any entry point
 * @param inbox watched folder, default {@code <data-dir>/inbox}
 * @param inboxScanInterval how often the inbox is rescanned besides file-system events
 * @param inboxStableFor how long a file's size must stay unchanged before it is taken
 * @param mediaFetchTimeout time allowed to download a webhook's {@code media_url}
 */
@ConfigurationProperties(IntakeProperties.PREFIX)
public record IntakeProperties(
    @Bindable(defaultValue = "67108864") long maxBytes,
    @Nullable String inbox,
    @Bindable(defaultValue = "2s") Duration inboxScanInterval,
    @Bindable(defaultValue = "1s") Duration inboxStableFor,
    @Bindable(defaultValue = "10s") Duration mediaFetchTimeout) {

  public static final String PREFIX = "followthrough.intake";
}
