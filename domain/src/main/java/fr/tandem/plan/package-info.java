/** The partnership's multi-year digital plan: its lines per school and year, their funding, orders, deliveries and invoices. */
package fr.tandem.plan;
