/** Time for the whole application: one injectable clock in the Europe/Paris zone. */
package fr.tandem.platform.time;
