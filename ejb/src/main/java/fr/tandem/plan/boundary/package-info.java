/** The digital plan's transaction and security edge: plans, envelopes, lines, states, invoices, links, figures and grant claims. */
package fr.tandem.plan.boundary;
