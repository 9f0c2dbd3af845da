/** Helpers of the licence component: summaries, lookups, the GAR file readers, mails. */
package fr.tandem.licence.control;
