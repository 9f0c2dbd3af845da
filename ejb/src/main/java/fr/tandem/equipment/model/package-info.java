/** What the equipment component exchanges with its callers: equipment forms, queries, pages and summaries, spending and inventory-import reports. */
package fr.tandem.equipment.model;
