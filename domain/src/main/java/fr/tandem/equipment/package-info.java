/** The city's school equipment (the TNE plan d'équipement): items, their status and the history of their moves. */
package fr.tandem.equipment;
