package io.followthrough.activities.ai.extract;

/** How a field's value is recognised, normalised and checked. */
public enum FieldKind {
  PERSON_NAME,
  TEXT,
  ADDRESS,
  BIRTH_DATE,
  NEAR_DATE,
  PHONE,
  NPI,
  ICD10_LIST,
  SEX,
  IDENTIFIER,
  URGENCY,
  DECISION,
  DRUG,
  STRENGTH
}
