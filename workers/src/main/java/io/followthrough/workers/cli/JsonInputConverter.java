package io.followthrough.workers.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses an {@code --input} value as JSON; a parse failure is a usage error (exit code 2). */
public final class JsonInputConverter implements ITypeConverter<JsonNode> {

  @Override
  public JsonNode convert(String value) {
    try {
      return Json.MAPPER.readTree(value);
    } catch (JsonProcessingException e) {
      throw new TypeConversionException(
          "not valid JSON (" + e.getOriginalMessage() + "); quote it, e.g. -i '{\"a\":1}'");
    }
  }
}
