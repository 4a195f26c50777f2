package io.followthrough.activities.payer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sandbox payer and scheduling queue hold, as plain collections for the JSON snapshot.
 *
 * @param submissions tracking id → submission
 * @param keys idempotency key → the tracking id (or notice id) it produced
 * @param notices what the scheduling queue was told, oldest first
 */
record PayerSandboxState(
    Map<String, Submission> submissions, Map<String, String> keys, List<PostedNotice> notices) {

  PayerSandboxState {
    submissions = submissions == null ? new LinkedHashMap<>() : new LinkedHashMap<>(submissions);
    keys = keys == null ? new LinkedHashMap<>() : new LinkedHashMap<>(keys);
    notices = notices == null ? new ArrayList<>() : new ArrayList<>(notices);
  }

  static PayerSandboxState empty() {
    return new PayerSandboxState(null, null, null);
  }
}
