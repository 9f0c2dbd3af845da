/** The records the digital plan's boundaries exchange with pages and clients: plans, lines, invoices, links, figures and grant claims. */
package fr.tandem.plan.model;
