/** Helpers of the support boundaries: request summaries, the workflow step every side takes, service-level due times, the mails each step sends, and the requests a damaged loan opens. */
package fr.tandem.support.control;
