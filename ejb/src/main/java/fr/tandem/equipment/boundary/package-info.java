/** The equipment component's transaction and security boundaries: the inventory (reading scoped to one's school, editing, CSV import and export, labels), loans of kits and their late-return reminders, interventions, and costs of ownership and per school. */
package fr.tandem.equipment.boundary;
