/** The referral outcome: faxed referral to kept appointment to loop closed with the referrer. */
package io.followthrough.referral;
