package io.followthrough.workers.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingLoaderTest {
  @TempDir Path dir;

  @Test
  void environmentWinsOverConfigAndFile() throws Exception {
    Path file = Files.writeString(dir.resolve("keys"), KeyRing.newKeyLine("file"));
    Map<String, String> env =
        Map.of(KeyRingLoader.KEYS_ENV, KeyRing.newKeyLine("env") + "," + KeyRing.newKeyLine("old"));

    assertEquals(
        "env", KeyRingLoader.load(env, KeyRing.newKeyLine("cfg"), null, false, dir).activeKeyId());
    assertEquals(
        "cfg",
        KeyRingLoader.load(Map.of(), KeyRing.newKeyLine("cfg"), file.toString(), false, dir)
            .activeKeyId());
    KeyRing fromFile = KeyRingLoader.load(Map.of(), null, file.toString(), false, dir);
    assertEquals("file", fromFile.activeKeyId());
    assertFalse(fromFile.isDevKey());
    assertEquals(
        "file",
        KeyRingLoader.load(
                Map.of(KeyRingLoader.KEY_FILE_ENV, file.toString()), null, null, false, dir)
            .activeKeyId());
  }

  @Test
  void refusesToStartWithoutKeyOutsideDevMode() {
    CodecKeyException e =
        assertThrows(
            CodecKeyException.class, () -> KeyRingLoader.load(Map.of(), null, null, false, dir));
    assertTrue(e.getMessage().contains("FOLLOWTHROUGH_CODEC_KEYS"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertFalse(Files.exists(dir.resolve(KeyRingLoader.DEV_KEY_FILE)));

    CodecKeyException missingFile =
        assertThrows(
            CodecKeyException.class,
            () -> KeyRingLoader.load(Map.of(), null, dir.resolve("nope").toString(), false, dir));
    assertTrue(missingFile.getMessage().startsWith("Payload key file not found: "));
  }

  @Test
  void devModeCreatesOneKeyFileThatASecondProcessReuses() throws Exception {
    KeyRing first = KeyRingLoader.load(Map.of(), null, null, true, dir);
    Path file = dir.resolve(KeyRingLoader.DEV_KEY_FILE);

    assertTrue(first.isDevKey());
    assertTrue(first.activeKeyId().startsWith("dev-"));
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("DEVELOPMENT"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

    KeyRing second = KeyRingLoader.load(Map.of(), null, null, true, dir);
    assertEquals(first.activeKeyId(), second.activeKeyId());
    byte[] sealed = first.seal(new byte[] {42});
    assertEquals(42, second.open(sealed)[0]);
  }

  @Test
  void explicitKeysWinEvenInDevMode() {
    KeyRing ring =
        KeyRingLoader.load(
            Map.of(KeyRingLoader.KEYS_ENV, KeyRing.newKeyLine("prod")), null, null, true, dir);
    assertEquals("prod", ring.activeKeyId());
    assertFalse(Files.exists(dir.resolve(KeyRingLoader.DEV_KEY_FILE)));
  }
}
