package io.followthrough.activities.ai.extract;

import java.util.List;

/**
 * How to find one field.
 *
 * @param name field name
 * @param kind value kind
 * @param section the section in which {@code sectionLabels} apply
 * @param labels labels that name this field anywhere on the page, most specific first
 * @param sectionLabels generic labels that name this field only inside {@code section}
 */
public record FieldSpec(
    String name, FieldKind kind, Section section, List<String> labels, List<String> sectionLabels) {

  public static FieldSpec of(String name, FieldKind kind, String... labels) {
    return new FieldSpec(name, kind, Section.ANY, List.of(labels), List.of());
  }

  public FieldSpec inSection(Section section, String... generic) {
    return new FieldSpec(name, kind, section, labels, List.of(generic));
  }
}
