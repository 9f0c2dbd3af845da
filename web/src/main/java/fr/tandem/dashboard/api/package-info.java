/** The dashboard over HTTP, as JSON, CSV and PDF. */
package fr.tandem.dashboard.api;
