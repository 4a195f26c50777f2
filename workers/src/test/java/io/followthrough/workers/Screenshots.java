package io.followthrough.workers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whole-page PNG screenshots through the DevTools protocol (the WebDriver one stops at the fold).
 */
final class Screenshots {

  private Screenshots() {}

  static void fullPage(ChromeDriver browser, Path file) throws Exception {
    Object height =
        browser.executeScript(
            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    Object width = browser.executeScript("return document.documentElement.clientWidth");
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x", 0,
                    "y", 0,
                    "width", ((Number) width).intValue(),
                    "height", ((Number) height).intValue(),
                    "scale", 1)));
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }
}
