/** The REST resources of training: offers, sessions and enrolments, the catalogue and bookings, hours, school holidays, the calendar feed. */
package fr.tandem.training.api;
