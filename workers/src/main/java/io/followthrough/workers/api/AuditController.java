package io.followthrough.workers.api;

import io.followthrough.workers.ops.AuditCheck;
import io.followthrough.workers.ops.AuditOperations;
import io.followthrough.workers.ops.AuditRow;
import io.followthrough.workers.security.ActorResolver;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.List;

/** The audit log for auditors and admins: {@code GET /api/audit}, {@code /api/audit/verify}. */
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
public final class AuditController {

  private final AuditOperations audit;
  private final ActorResolver actors;

  public AuditController(AuditOperations audit, ActorResolver actors) {
    this.audit = audit;
    this.actors = actors;
  }

  /** The newest {@code limit} rows (default 100), or {@code limit} rows from {@code from} on. */
  @Get
  public List<AuditRow> rows(
      Authentication authentication,
      @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue Long from) {
    return audit.read(actors.actor(authentication), limit == null ? 100 : limit, from);
  }

  /** Walks the hash chain; {@code intact=false} names the first broken row. */
  @Get("/verify")
  public AuditCheck verify(Authentication authentication) {
    return audit.verify(actors.actor(authentication));
  }
}
