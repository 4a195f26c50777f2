package io.followthrough.workers.temporal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/**
 * Micronaut bean of {@link TemporalSettings} from {@code followthrough.temporal.*}; Micronaut
 * already lets {@code FOLLOWTHROUGH_TEMPORAL_*} environment variables override application.yml.
 * Opening the connection is left to the caller ({@link TemporalConnection#open}), so a dev server
 * can start first.
 */
@Factory
public class TemporalSettingsFactory {

  @Singleton
  TemporalSettings temporalSettings(Environment environment) {
    return TemporalSettings.from(SettingsSource.micronaut(environment));
  }
}
