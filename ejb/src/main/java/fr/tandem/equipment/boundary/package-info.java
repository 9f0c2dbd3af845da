/** The equipment inventory's transaction and security boundary: reading (scoped to one's school), editing, CSV import and export, labels. */
package fr.tandem.equipment.boundary;
