package io.followthrough.activities.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricLabelsTest {

  @Test
  void codesPassThrough() {
    assertEquals("referral", MetricLabels.code("referral"));
    assertEquals("no-reply", MetricLabels.code("no-reply"));
    assertEquals("await_ack.v2", MetricLabels.code("await_ack.v2"));
    assertEquals("icd-10", MetricLabels.code("icd-10"));
  }

  @Test
  void identifierShapedValuesBecomeOther() {
    assertEquals("other", MetricLabels.code("referral/f-12"), "workflow id");
    assertEquals("other", MetricLabels.code("wf#run#7"), "idempotency key");
    assertEquals("other", MetricLabels.code("u-1042"), "staff id");
    assertEquals("other", MetricLabels.code("MRN123"), "record number");
    assertEquals("other", MetricLabels.code("doc:abc"), "reference");
    assertEquals("other", MetricLabels.code("5551234"), "digits");
    assertEquals("other", MetricLabels.code("a".repeat(65)), "too long");
    assertEquals("other", MetricLabels.code("has space"), "prose");
  }

  @Test
  void absentIsNone() {
    assertEquals("none", MetricLabels.code(null));
    assertEquals("none", MetricLabels.configured(""));
  }

  @Test
  void configuredValuesMayCarryVersions() {
    assertEquals("claude-3-5-haiku-20241022", MetricLabels.configured("claude-3-5-haiku-20241022"));
    assertEquals("llama3.1:8b", MetricLabels.configured("llama3.1:8b"));
    assertEquals("other", MetricLabels.configured("http://host/model"));
  }
}
