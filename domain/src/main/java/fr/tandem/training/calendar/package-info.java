/** When training sessions should not take place: French public holidays and the school holidays of a zone. */
package fr.tandem.training.calendar;
