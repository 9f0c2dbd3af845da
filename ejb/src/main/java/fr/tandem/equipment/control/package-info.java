/** Helpers of the equipment boundary: the inventory CSV format and the printable QR-code labels. */
package fr.tandem.equipment.control;
