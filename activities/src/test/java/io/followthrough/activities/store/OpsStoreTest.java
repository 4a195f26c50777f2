package io.followthrough.activities.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.followthrough.activities.store.audit.AuditLogFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsStoreTest {

  @Test
  void unreachableDatabaseIsAClearErrorWithoutThePassword() {
    StoreException e =
        assertThrows(
            StoreException.class,
            () ->
                OpsStore.open(
                    OpsStoreConfig.of("jdbc:postgresql://127.0.0.1:1/test", "postgres", "s3cret")));
    assertTrue(
        e.getMessage().startsWith("ops store unreachable for OpsStoreConfig[POSTGRESQL"),
        e.getMessage());
    assertTrue(!e.getMessage().contains("s3cret"));
  }

  @Test
  void unsupportedUrlIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> OpsStoreConfig.of("jdbc:mysql://x/y", "u", "p"));
    assertEquals(
        "unsupported ops store URL: expected jdbc:postgresql:… or jdbc:h2:…", e.getMessage());
  }

  @Test
  void embeddedStoreKeepsItsDataAcrossRestarts(@TempDir Path dir) {
    try (OpsStore store = OpsStore.open(OpsStoreConfig.embedded(dir), Clock.systemUTC())) {
      store.auditLog().append(AuditLogFixtures.entry());
    }
    assertTrue(Files.exists(dir.resolve("opsstore.mv.db")));
    try (OpsStore store = OpsStore.open(OpsStoreConfig.embedded(dir), Clock.systemUTC())) {
      assertEquals(1, store.auditLog().verify().rowsChecked());
    }
  }
}
