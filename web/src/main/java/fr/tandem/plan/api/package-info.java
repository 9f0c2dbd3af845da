/** The digital plan over HTTP: plans, envelopes, lines, states, invoices, links, figures and exports under /api/plans. */
package fr.tandem.plan.api;
