/** Helpers of the equipment boundaries: the inventory CSV format, the printable QR-code labels, the items a caller may reach, the answers about devices licences ask for, and the ledger of what items cost. */
package fr.tandem.equipment.control;
