/** Helpers of the support boundary: service-level due times and the mails each step sends. */
package fr.tandem.support.control;
