/** Teachers' requests over HTTP: reporting, attachments, the queue and its steps, service levels, training needs. */
package fr.tandem.support.api;
