/** Helpers of the support boundaries: request summaries, the workflow step every side takes, service-level due times and the mails each step sends. */
package fr.tandem.support.control;
