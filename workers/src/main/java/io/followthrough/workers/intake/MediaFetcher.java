package io.followthrough.workers.intake;

import io.followthrough.activities.documents.DocumentRejectedException.Reason;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Downloads a fax provider's media URL: http(s) only, bounded in time and size. */
@Singleton
public final class MediaFetcher {

  private final Duration timeout;
  private final HttpClient http;

  public MediaFetcher(IntakeProperties properties) {
    this.timeout = properties.mediaFetchTimeout();
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * The bytes at {@code url}, at most {@code maxBytes}.
   *
   * @throws IngestRejectedException TOO_LARGE over the cap; MediaUnavailable for a bad URL, an
   *     error status or a timeout (the message names the problem, never the URL's query)
   */
  public byte[] fetch(String url, long maxBytes) throws IngestRejectedException, MediaUnavailable {
    URI uri = URI.create(url);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new MediaUnavailable("media_url answered HTTP " + response.statusCode());
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new IngestRejectedException(
              Reason.TOO_LARGE, "The media is larger than the limit of " + maxBytes + " bytes");
        }
        return bytes;
      }
    } catch (HttpTimeoutException e) {
      throw new MediaUnavailable("media_url did not answer within " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      throw new MediaUnavailable(
          "media_url could not be fetched (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MediaUnavailable("interrupted while fetching media_url");
    }
  }

  /** Why {@code url} cannot be fetched at all (not http(s), malformed), or null when it can. */
  public static String urlProblem(String url) {
    try {
      URI uri = URI.create(url);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        return "media_url must be an http or https URL";
      }
      return uri.getHost() == null ? "media_url has no host" : null;
    } catch (IllegalArgumentException e) {
      return "media_url is not a valid URL";
    }
  }

  /** The media could not be downloaded; the provider should send it again. */
  public static final class MediaUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    MediaUnavailable(String message) {
      super(message);
    }
  }
}
