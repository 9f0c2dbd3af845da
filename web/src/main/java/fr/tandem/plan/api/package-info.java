/** The digital plan over HTTP: its grant claims. */
package fr.tandem.plan.api;
