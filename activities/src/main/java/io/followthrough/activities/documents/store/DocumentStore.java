package io.followthrough.activities.documents.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Claim-check store for incoming documents: each distinct content is stored once, encrypted, under
 * its SHA-256 (the same id {@code DocumentReader} reports). Workflows carry only the id. Files live
 * under {@code folder/<first two hex digits>/<id>.blob}. Thread-safe and safe across processes
 * sharing the folder (writes are atomic renames of complete files).
 */
public final class DocumentStore {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

  private final Path folder;
  private final BlobCipher cipher;
  private final long maxBytes;

  /**
   * @param folder where blobs are kept (created if missing)
   * @param cipher encryption at rest
   * @param maxBytes larger documents are refused (they are held in memory while sealed)
   */
  public DocumentStore(Path folder, BlobCipher cipher, long maxBytes) throws IOException {
    this.folder = Files.createDirectories(folder);
    this.cipher = cipher;
    this.maxBytes = maxBytes;
  }

  /** Stores {@code file}'s bytes; returns their id. Storing the same bytes again is a no-op. */
  public String put(Path file) throws IOException {
    if (Files.size(file) > maxBytes) {
      throw new IOException("Document exceeds the store limit of " + maxBytes + " bytes");
    }
    return put(Files.readAllBytes(file));
  }

  /** Stores {@code bytes}; returns their id. Storing the same bytes again is a no-op. */
  public String put(byte[] bytes) throws IOException {
    if (bytes.length > maxBytes) {
      throw new IOException("Document exceeds the store limit of " + maxBytes + " bytes");
    }
    String id = sha256(bytes);
    Path target = pathOf(id);
    if (Files.exists(target)) {
      return id;
    }
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), id, ".part");
    try {
      Files.write(temp, cipher.seal(bytes));
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return id;
  }

  /** True when a document with this id is stored. */
  public boolean contains(String id) {
    return Files.exists(pathOf(id));
  }

  /**
   * Returns the plain bytes of document {@code id}, checked against the id.
   *
   * @throws NoSuchFileException when no such document is stored
   * @throws IOException when the blob fails authentication or does not match its id
   */
  public byte[] get(String id) throws IOException {
    byte[] plain;
    try {
      plain = cipher.open(Files.readAllBytes(pathOf(id)));
    } catch (IllegalStateException e) {
      throw new IOException("Stored document " + id + " cannot be decrypted", e);
    }
    if (!sha256(plain).equals(id)) {
      throw new IOException("Stored document " + id + " does not match its id");
    }
    return plain;
  }

  /** Writes the plain bytes of document {@code id} to {@code target} (e.g. a temp file to read). */
  public Path export(String id, Path target) throws IOException {
    return Files.write(target, get(id));
  }

  private Path pathOf(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("A document id is 64 lowercase hex digits");
    }
    return folder.resolve(id.substring(0, 2)).resolve(id + ".blob");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
