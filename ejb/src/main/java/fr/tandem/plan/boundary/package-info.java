/** The digital plan's transaction and security edge: plans, envelopes, lines, states, invoices, links and figures. */
package fr.tandem.plan.boundary;
