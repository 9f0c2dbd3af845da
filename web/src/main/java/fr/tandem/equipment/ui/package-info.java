/** The equipment pages: the inventory list with its filters, an item with its history, the inventory import. */
package fr.tandem.equipment.ui;
