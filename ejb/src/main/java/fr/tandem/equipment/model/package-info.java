/** What the equipment component exchanges with its callers: equipment forms, queries, pages and summaries, spending and inventory-import reports, and the loans of kits (pools, kits, reservations, calendars, the desk, the damage event). */
package fr.tandem.equipment.model;
