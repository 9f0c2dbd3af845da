/** The equipment pages: the inventory list with its filters, an item with its history, licences, interventions and cost, the inventory import, a school's costs per year. */
package fr.tandem.equipment.ui;
