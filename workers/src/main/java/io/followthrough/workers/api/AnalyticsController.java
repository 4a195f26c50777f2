package io.followthrough.workers.api;

import io.followthrough.workers.ops.AnalyticsOperations;
import io.followthrough.workers.ops.AnalyticsQuery;
import io.followthrough.workers.ops.AnalyticsReport;
import io.followthrough.workers.security.ActorResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

/** {@code GET /api/analytics}: funnel, fall-out, latency, escalations, completion, open by age. */
@Controller("/api/analytics")
@ExecuteOn(TaskExecutors.BLOCKING)
public final class AnalyticsController {

  private final AnalyticsOperations analytics;
  private final ActorResolver actors;

  public AnalyticsController(AnalyticsOperations analytics, ActorResolver actors) {
    this.analytics = analytics;
    this.actors = actors;
  }

  @Get
  public AnalyticsReport report(
      Authentication authentication,
      @Nullable @QueryValue String outcomeType,
      @Nullable @QueryValue String site,
      @Nullable @QueryValue String owner,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String fallOutFrom,
      @Nullable @QueryValue String fallOutTo) {
    return analytics.report(
        actors.actor(authentication),
        new AnalyticsQuery(outcomeType, site, owner, from, to, fallOutFrom, fallOutTo));
  }
}
