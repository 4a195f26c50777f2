/**
 * The built-in prior authorization outcome ({@code PriorAuthorization}, ids {@code
 * prior-auth/<orderKey>}): an order or visit that a payer must authorize ends approved, or with a
 * final human decision, and the scheduler is told either way. See docs/prior-authorization.md.
 */
package io.followthrough.priorauth;
