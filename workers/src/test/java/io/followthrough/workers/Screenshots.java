package io.followthrough.workers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whole-page PNG screenshots through the DevTools protocol (WebDriver's stop at the fold). The
 * viewport is first made as tall as the page, and the page given a moment to lay out again, so
 * responsive charts are drawn at the size they are shown.
 */
final class Screenshots {

  private static final int WIDTH = 1360;

  private Screenshots() {}

  static void fullPage(ChromeDriver browser, Path file) throws Exception {
    int height = 0;
    for (int i = 0; i < 3; i++) {
      int pageHeight =
          ((Number)
                  browser.executeScript(
                      "return Math.max(document.body.scrollHeight,"
                          + " document.documentElement.scrollHeight)"))
              .intValue();
      if (pageHeight == height) {
        break;
      }
      height = pageHeight;
      browser.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", false));
      settle(browser);
    }
    try {
      Map<String, Object> shot =
          browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  /** Two animation frames and a short pause: resize observers and chart redraws have run. */
  private static void settle(ChromeDriver browser) {
    browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)));");
  }
}
