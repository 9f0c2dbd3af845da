/** What the support component exchanges with its callers: request forms, queries, summaries and details, uploads and downloads, service-level figures, staff and training needs. */
package fr.tandem.support.model;
