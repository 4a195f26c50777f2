/**
 * The intake-readiness outcome in the worker: the trigger that starts it on every booking and tells
 * it about cancellations and arrivals, and the sandbox's readiness endpoints.
 */
package io.followthrough.workers.readiness;
