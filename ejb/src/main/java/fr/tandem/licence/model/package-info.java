/** What the licence component exchanges with its callers: licence, product and supplier summaries, assignment requests, bulk previews, cost and GAR reports, documents, and the questions it asks about devices. */
package fr.tandem.licence.model;
