/** The city's school equipment (the TNE plan d'équipement): items, their status and the history of their moves, and the kits lent from pools with their reservations. */
package fr.tandem.equipment;
