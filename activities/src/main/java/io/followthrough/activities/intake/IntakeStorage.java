package io.followthrough.activities.intake;

import io.followthrough.activities.documents.store.BlobCipher;
import io.followthrough.activities.documents.store.DocumentStore;
import io.followthrough.sdk.AtRestEncryption;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where intake keeps documents, shared by whoever stores them (HTTP, webhook, inbox) and the worker
 * that reads them: {@code <data-dir>/documents}, sealed with the worker's key ring.
 */
public final class IntakeStorage {

  /** Largest document accepted (64 MiB): fax packets are far smaller; the store seals in memory. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  private IntakeStorage() {}

  /** The blob folder inside a data directory. */
  public static Path documentFolder(Path dataDirectory) {
    return dataDirectory.resolve("documents");
  }

  /** The document store of {@code dataDirectory}, encrypted with {@code encryption}. */
  public static DocumentStore open(Path dataDirectory, AtRestEncryption encryption, long maxBytes)
      throws IOException {
    return new DocumentStore(documentFolder(dataDirectory), cipher(encryption), maxBytes);
  }

  /**
   * The key ring as the store's cipher; failures become the store's {@code IllegalStateException}.
   */
  static BlobCipher cipher(AtRestEncryption encryption) {
    return new BlobCipher() {
      @Override
      public byte[] seal(byte[] plain) {
        return encryption.seal(plain);
      }

      @Override
      public byte[] open(byte[] sealed) {
        try {
          return encryption.open(sealed);
        } catch (IllegalStateException e) {
          throw e;
        } catch (RuntimeException e) {
          throw new IllegalStateException(e.getMessage(), e);
        }
      }
    };
  }
}
