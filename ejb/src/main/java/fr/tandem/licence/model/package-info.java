/** What the licence component exchanges with its callers: licence, product and supplier summaries, assignment requests, bulk previews, cost and GAR reports, documents. */
package fr.tandem.licence.model;
