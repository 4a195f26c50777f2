package io.followthrough.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.followthrough.workers.intake.DemoFaxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in headless Chromium against the packaged jar's `dev` stack: a coordinator signs in,
 * finds the review task of a real FaxIntake outcome in the inbox, resolves it, and sees the outcome
 * move on; a supervisor opens analytics and sees its charts. Screenshots of the inbox, the outcome
 * page and analytics are saved to target/screenshots/.
 */
class ConsoleBrowserIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir Path workDir;

  @Test
  void coordinatorResolvesAnInboxTaskAndTheOutcomeMovesOn() throws Exception {
    HeadlessChromium.requireInstalled();
    Files.createDirectories(SCREENSHOTS);
    int grpc = JarProcess.freePort();
    int http = JarProcess.freePort();
    String base = "http://127.0.0.1:" + http;
    try (JarProcess dev =
        JarProcess.start(workDir, "dev", "--port", "" + grpc, "--http-port", "" + http)) {
      assertTrue(
          dev.awaitOutput("Followthrough dev is ready", Duration.ofSeconds(180)),
          dev.out() + dev.err());
      ConsoleApi api = new ConsoleApi(base);

      // A fax the reader cannot open is kept, and its intake asks a coordinator to decide.
      JsonNode received =
          api.post(
              "/webhooks/fax",
              null,
              Map.of(
                  "provider", "console-it",
                  "fax_id", "F-console-1",
                  "media_base64",
                      Base64.getEncoder().encodeToString("%PDF-1.7\n1 0 obj <<".getBytes())));
      String workflowId = received.get("workflowId").asText();
      String coordinatorToken = api.devLogin("coord-7", "coordinator");
      JsonNode task = awaitTask(api, coordinatorToken, workflowId);
      String taskId = task.get("taskId").asText();

      ChromeDriver browser = HeadlessChromium.start(workDir.resolve("chromium-profile"));
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base + "/");
        wait.until(d -> d.findElements(By.id("dev-login")).size() == 1);
        assertTrue(browser.getCurrentUrl().startsWith(base + "/console/"), browser.getCurrentUrl());
        signIn(browser, "coord-7", "coordinator");

        By row = By.cssSelector("tr[data-task-id=\"" + taskId + "\"]");
        wait.until(d -> d.findElements(row).size() == 1);
        assertFalse(
            browser
                .findElement(By.id("nav"))
                .findElement(By.linkText("Inbox"))
                .getText()
                .isEmpty());
        assertFalse(
            browser.findElement(By.cssSelector("a[data-section=analytics]")).isDisplayed(),
            "a coordinator has no analytics");
        Screenshots.fullPage(browser, SCREENSHOTS.resolve("inbox.png"));

        browser.findElement(row).findElement(By.linkText("Open")).click();
        wait.until(d -> d.findElements(By.id("resolve-form")).size() == 1);
        assertTrue(browser.getCurrentUrl().contains("#/tasks/"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("context-title")).isDisplayed());
        WebElement decision = browser.findElement(By.name("resolution-text"));
        decision.clear();
        decision.sendKeys("referral");
        browser.findElement(By.cssSelector("#resolve-form button[type=submit]")).click();

        // The outcome page refreshes itself until the workflow has left the review stage.
        wait.until(d -> d.getCurrentUrl().contains("#/outcomes/"));
        wait.until(
            d ->
                !d.findElements(By.id("outcome-stage")).isEmpty()
                    && !"Review".equals(d.findElement(By.id("outcome-stage")).getText()));
        wait.until(d -> d.findElements(By.cssSelector(".stage-strip .step")).size() >= 3);
        String strip = browser.findElement(By.cssSelector(".stage-strip")).getText();
        assertTrue(strip.contains("Review"), strip);
        String decisions = browser.findElement(By.id("decisions-title-section")).getText();
        assertTrue(decisions.contains("coord-7"), decisions);
        assertTrue(decisions.contains("Referral"), decisions);
        String events = browser.findElement(By.id("events-title-section")).getText();
        assertTrue(events.contains("Task completed"), events);
        Screenshots.fullPage(browser, SCREENSHOTS.resolve("outcome.png"));

        // The demo referral fax's outcome: its document with fields read and where they were read.
        String referral =
            "fax-intake/"
                + HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(DemoFaxes.referral()));
        browser.get(base + "/console/#/outcomes/" + ConsoleApi.segment(referral));
        new WebDriverWait(browser, Duration.ofSeconds(120))
            .until(d -> !d.findElements(By.cssSelector("table.fields tbody tr")).isEmpty());
        String fields = browser.findElement(By.cssSelector("table.fields")).getText();
        assertTrue(fields.contains("page 1"), fields);
        Screenshots.fullPage(browser, SCREENSHOTS.resolve("outcome-document.png"));

        JsonNode after = api.get("/api/tasks?limit=200", coordinatorToken);
        for (JsonNode open : after) {
          assertFalse(taskId.equals(open.get("taskId").asText()), "resolved task left the inbox");
        }

        browser.findElement(By.id("sign-out")).click();
        wait.until(d -> d.findElements(By.id("dev-login")).size() == 1);
        signIn(browser, "sup-1", "supervisor");
        wait.until(d -> d.findElements(By.cssSelector("a[data-section=analytics]")).size() == 1);
        browser.findElement(By.cssSelector("a[data-section=analytics]")).click();
        wait.until(d -> d.findElements(By.cssSelector(".chart-grid")).size() == 1);
        List<WebElement> drawn =
            browser.findElements(By.cssSelector("figure.chart-card[data-rendered=true] canvas"));
        assertTrue(drawn.size() >= 3, "charts drawn: " + drawn.size());
        // Ask the fall-out question of the intake's own stages through the filter form.
        new Select(browser.findElement(By.name("fallOutFrom"))).selectByValue("understand");
        new Select(browser.findElement(By.name("fallOutTo"))).selectByValue("route");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("fallOutFrom=understand"));
        wait.until(d -> d.findElements(By.cssSelector("#fallout[data-rendered=true]")).size() == 1);
        String fallOut = browser.findElement(By.id("fallout")).getText();
        assertTrue(fallOut.contains("Understand → Route"), fallOut);
        String kpis = browser.findElement(By.cssSelector(".kpis")).getText();
        assertTrue(kpis.contains("Completion rate"), kpis);
        Screenshots.fullPage(browser, SCREENSHOTS.resolve("analytics.png"));

        List<String> scriptErrors =
            browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource"))
                .toList();
        assertEquals(List.of(), scriptErrors, "no script errors in the console");
      } finally {
        browser.quit();
      }
      assertTrue(dev.isAlive(), dev.err());
    }
  }

  private static void signIn(ChromeDriver browser, String user, String role) {
    WebElement name = browser.findElement(By.name("user"));
    name.clear();
    name.sendKeys(user);
    new Select(browser.findElement(By.name("role"))).selectByValue(role);
    browser.findElement(By.cssSelector("#dev-login button[type=submit]")).click();
  }

  /** The inbox task of the outcome, once its ledger event reached the work queue. */
  private static JsonNode awaitTask(ConsoleApi api, String token, String workflowId)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode task : api.get("/api/tasks?limit=200", token)) {
        if (workflowId.equals(task.get("workflowId").asText())) {
          return task;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no inbox task for " + workflowId + " within 90 s");
  }
}
