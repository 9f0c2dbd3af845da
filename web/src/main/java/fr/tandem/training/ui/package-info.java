/** The training pages: the teachers' catalogue and bookings, the inspectors' offers, sessions and enrolment lists. */
package fr.tandem.training.ui;
