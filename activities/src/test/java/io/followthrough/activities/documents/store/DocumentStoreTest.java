package io.followthrough.activities.documents.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.documents.OcrDocumentReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreTest {

  private static final byte[] KEY = new byte[32];

  static {
    new SecureRandom().nextBytes(KEY);
  }

  @TempDir Path dir;

  private DocumentStore store() throws IOException {
    return new DocumentStore(dir.resolve("blobs"), new AesGcmBlobCipher(KEY), 1 << 20);
  }

  private List<Path> blobs() throws IOException {
    try (Stream<Path> walk = Files.walk(dir.resolve("blobs"))) {
      return walk.filter(p -> p.toString().endsWith(".blob")).toList();
    }
  }

  @Test
  void storesOnceUnderTheContentHash() throws Exception {
    Path fax = Files.writeString(dir.resolve("fax.tif"), "Patient: Jane Q Sample DOB 03/14/1961");
    DocumentStore store = store();

    String id = store.put(fax);
    long firstWrite = Files.getLastModifiedTime(blobs().get(0)).toMillis();
    String again = store.put(Files.readAllBytes(fax));

    assertEquals(OcrDocumentReader.sha256(fax), id);
    assertEquals(id, again);
    assertEquals(1, blobs().size());
    assertEquals(firstWrite, Files.getLastModifiedTime(blobs().get(0)).toMillis());
    assertTrue(store.contains(id));
    assertArrayEquals(Files.readAllBytes(fax), store.get(id));
  }

  @Test
  void blobsAreEncryptedAtRest() throws Exception {
    byte[] text = "Patient: Jane Q Sample".getBytes(StandardCharsets.UTF_8);
    store().put(text);
    String onDisk = new String(Files.readAllBytes(blobs().get(0)), StandardCharsets.ISO_8859_1);
    assertFalse(onDisk.contains("Jane"));
  }

  @Test
  void tamperedBlobIsRefused() throws Exception {
    DocumentStore store = store();
    String id = store.put("referral".getBytes(StandardCharsets.UTF_8));
    Path blob = blobs().get(0);
    byte[] bytes = Files.readAllBytes(blob);
    bytes[bytes.length - 1] ^= 1;
    Files.write(blob, bytes);
    assertThrows(IOException.class, () -> store.get(id));
  }

  @Test
  void wrongKeyCannotOpen() throws Exception {
    String id = store().put("referral".getBytes(StandardCharsets.UTF_8));
    DocumentStore other =
        new DocumentStore(dir.resolve("blobs"), new AesGcmBlobCipher(new byte[32]), 1 << 20);
    assertThrows(IOException.class, () -> other.get(id));
  }

  @Test
  void swappedBlobDoesNotMatchItsId() throws Exception {
    DocumentStore store = store();
    String a = store.put("first".getBytes(StandardCharsets.UTF_8));
    String b = store.put("second".getBytes(StandardCharsets.UTF_8));
    Path blobA = dir.resolve("blobs").resolve(a.substring(0, 2)).resolve(a + ".blob");
    Path blobB = dir.resolve("blobs").resolve(b.substring(0, 2)).resolve(b + ".blob");
    Files.copy(blobB, blobA, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThrows(IOException.class, () -> store.get(a));
  }

  @Test
  void unknownAndMalformedIdsAreRefused() throws Exception {
    DocumentStore store = store();
    assertThrows(NoSuchFileException.class, () -> store.get("a".repeat(64)));
    assertThrows(IllegalArgumentException.class, () -> store.get("../../etc/passwd"));
    assertFalse(store.contains("b".repeat(64)));
  }

  @Test
  void exportWritesThePlainFile() throws Exception {
    DocumentStore store = store();
    byte[] bytes = "%PDF-1.7 pretend".getBytes(StandardCharsets.US_ASCII);
    String id = store.put(bytes);
    Path out = store.export(id, dir.resolve("out.pdf"));
    assertArrayEquals(bytes, Files.readAllBytes(out));
  }

  @Test
  void oversizedDocumentIsRefused() throws Exception {
    DocumentStore small = new DocumentStore(dir.resolve("s"), new AesGcmBlobCipher(KEY), 10);
    assertThrows(IOException.class, () -> small.put(new byte[11]));
  }

  @Test
  void keyMustBe32Bytes() {
    assertThrows(IllegalArgumentException.class, () -> new AesGcmBlobCipher(new byte[16]));
  }
}
