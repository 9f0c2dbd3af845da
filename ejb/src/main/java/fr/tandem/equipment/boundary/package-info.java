/** The equipment inventory's transaction and security boundary: reading (scoped to one's school), editing, CSV import and export, labels; loans of kits and their late-return reminders. */
package fr.tandem.equipment.boundary;
