package io.followthrough.workers.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.temporal.common.converter.DataConverter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the codec beans behave in an application context that did or did not configure keys. */
class CodecWiringTest {

  @Test
  void contextWithoutKeysStartsButRefusesToHandOutAKeyRing() {
    try (ApplicationContext context = ApplicationContext.run(Map.of())) {
      BeanInstantiationException e =
          assertThrows(BeanInstantiationException.class, () -> context.getBean(KeyRing.class));
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      assertTrue(root instanceof CodecKeyException, root.toString());
      assertTrue(
          root.getMessage().startsWith("No payload encryption key: set FOLLOWTHROUGH_CODEC_KEYS"));
    }
  }

  @Test
  void configuredKeysGiveTheEncryptingConverter() {
    String keys = KeyRing.newKeyLine("k7");
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("followthrough.codec.keys", keys))) {
      assertEquals("k7", context.getBean(KeyRing.class).activeKeyId());
      DataConverter converter = context.getBean(DataConverter.class);
      assertEquals(
          "binary/encrypted",
          converter.toPayload("x").orElseThrow().getMetadataOrThrow("encoding").toStringUtf8());
      assertTrue(context.containsBean(CodecController.class));
    }
  }

  @Test
  void codecServerCanBeSwitchedOff() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("followthrough.codec.server-enabled", "false"))) {
      assertFalse(context.containsBean(CodecController.class));
      assertFalse(context.containsBean(CodecServerFilter.class));
    }
  }
}
