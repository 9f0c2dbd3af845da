/** The digital plan over HTTP: plans, envelopes, lines, states, invoices, links, figures and exports under /api/plans, grant claims under /api/grant-claims. */
package fr.tandem.plan.api;
