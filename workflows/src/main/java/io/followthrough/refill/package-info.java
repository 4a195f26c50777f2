/** The refill-request outcome: pharmacy faxes and patient messages asking for a refill. */
package io.followthrough.refill;
