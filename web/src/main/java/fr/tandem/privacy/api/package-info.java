/** Personal data over HTTP: a person's own data (JSON and PDF) and the retention run on demand. */
package fr.tandem.privacy.api;
