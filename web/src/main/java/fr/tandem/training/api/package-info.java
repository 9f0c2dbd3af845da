/** The REST resources of training: offers, sessions, the catalogue and bookings. */
package fr.tandem.training.api;
