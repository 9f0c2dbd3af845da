/** Helpers of the equipment boundaries: the inventory CSV format, the printable QR-code labels, the items a caller may reach, who sees and manages loans (their views and mails), the answers about devices licences ask for, and the ledger of what items cost. */
package fr.tandem.equipment.control;
