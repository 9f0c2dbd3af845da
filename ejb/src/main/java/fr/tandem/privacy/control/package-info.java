/** Helpers of the privacy boundaries: what a person's data is gathered from, its printed form, the retention setting and how one account is anonymised. */
package fr.tandem.privacy.control;
