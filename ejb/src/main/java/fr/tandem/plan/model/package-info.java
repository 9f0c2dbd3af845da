/** The records the digital plan's boundary exchanges with pages and clients: plans, lines, invoices, links and figures. */
package fr.tandem.plan.model;
