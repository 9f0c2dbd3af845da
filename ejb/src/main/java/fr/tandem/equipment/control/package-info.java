/** Helpers of the equipment boundary: the inventory CSV format, the printable QR-code labels, and who sees and manages loans, their views and their mails. */
package fr.tandem.equipment.control;
