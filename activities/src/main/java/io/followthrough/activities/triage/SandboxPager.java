package io.followthrough.activities.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.followthrough.triage.PageReceipt;
import io.followthrough.triage.PageRequest;
import io.followthrough.triage.PagerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A simulated pager for the dev stack: pages are kept (one per idempotency key) in {@code
 * <data-dir>/pager/pages.json} and answered over HTTP ({@code /sandbox/pager}). One instance per
 * data directory in the process, shared by the worker's activities and the HTTP endpoints, like the
 * practice sandbox. Pages hold refs and codes only.
 */
public final class SandboxPager {
  private static final Map<Path, SandboxPager> BY_DIRECTORY = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** One page and its answer. */
  public record Page(
      String pageId,
      String onCallRef,
      String urgency,
      String patientRef,
      String reasonCode,
      String idempotencyKey,
      Instant sentAt,
      String status,
      String answeredBy,
      Instant answeredAt) {

    Page answered(String by, String action, Instant at) {
      return new Page(
          pageId,
          onCallRef,
          urgency,
          patientRef,
          reasonCode,
          idempotencyKey,
          sentAt,
          action,
          by,
          at);
    }
  }

  private final Path file;
  private final Clock clock;
  private final List<Page> pages = new ArrayList<>();

  SandboxPager(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
    if (file != null && Files.exists(file)) {
      try {
        pages.addAll(List.of(JSON.readValue(file.toFile(), Page[].class)));
      } catch (IOException e) {
        throw new UncheckedIOException("pager snapshot unreadable: " + file, e);
      }
    }
  }

  /** The pager of {@code dataDirectory}, resumed from its file on first use. */
  public static SandboxPager forDataDirectory(Path dataDirectory) {
    Path key = dataDirectory.toAbsolutePath().normalize();
    return BY_DIRECTORY.computeIfAbsent(
        key, d -> new SandboxPager(d.resolve("pager").resolve("pages.json"), Clock.systemUTC()));
  }

  /** An in-memory pager (tests). */
  public static SandboxPager inMemory(Clock clock) {
    return new SandboxPager(null, clock);
  }

  /** Sends a page, once per idempotency key. */
  public synchronized PageReceipt page(PageRequest request) {
    for (Page p : pages) {
      if (p.idempotencyKey().equals(request.idempotencyKey())) {
        return new PageReceipt(p.pageId(), true);
      }
    }
    Page p =
        new Page(
            "page-%06d".formatted(pages.size() + 1),
            request.onCallRef(),
            request.urgency(),
            request.patientRef(),
            request.reasonCode(),
            request.idempotencyKey(),
            clock.instant(),
            "sent",
            null,
            null);
    pages.add(p);
    save();
    return new PageReceipt(p.pageId(), false);
  }

  /**
   * Records a clinician's answer ({@link PagerResponse#ACKNOWLEDGED} or {@link
   * PagerResponse#CALLED_BACK}); empty for an unknown page.
   *
   * @throws IllegalArgumentException for another action
   */
  public synchronized Optional<Page> answer(String pageId, String by, String action) {
    if (!PagerResponse.ACKNOWLEDGED.equals(action) && !PagerResponse.CALLED_BACK.equals(action)) {
      throw new IllegalArgumentException(
          "action is " + PagerResponse.ACKNOWLEDGED + " or " + PagerResponse.CALLED_BACK);
    }
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      if (p.pageId().equals(pageId)) {
        Page answered = p.answered(by, action, clock.instant());
        pages.set(i, answered);
        save();
        return Optional.of(answered);
      }
    }
    return Optional.empty();
  }

  /** Every page, oldest first. */
  public synchronized List<Page> pages() {
    return List.copyOf(pages);
  }

  private void save() {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(tmp.toFile(), pages);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("pager snapshot not written: " + file, e);
    }
  }
}
