package io.followthrough.sdk.probe;

import io.followthrough.sdk.OutcomeSnapshot;

/**
 * @param pings pings to receive before completing
 * @param carried state handed over by the previous run, null on the first
 */
public record LoopInput(int pings, OutcomeSnapshot carried) {}
