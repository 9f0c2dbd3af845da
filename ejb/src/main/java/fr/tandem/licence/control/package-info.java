/** Helpers of the licence component: summaries, lookups, the GAR file readers, mails, the seats devices hold. */
package fr.tandem.licence.control;
