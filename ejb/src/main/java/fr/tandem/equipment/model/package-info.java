/** What the equipment component exchanges with its callers: equipment forms, queries, pages and summaries, spending and inventory-import reports, loans of kits (pools, kits, reservations, calendars, the desk, the damage event), interventions, costs of ownership and a school's costs per year. */
package fr.tandem.equipment.model;
