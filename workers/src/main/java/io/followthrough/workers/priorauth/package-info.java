/**
 * The prior-authorization outcome's worker side: the trigger that starts it for bookings that need
 * a payer's authorization, and the sandbox payer's HTTP endpoints and notifications.
 */
package io.followthrough.workers.priorauth;
