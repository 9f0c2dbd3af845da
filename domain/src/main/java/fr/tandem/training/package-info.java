/** Teacher training: offers of a circonscription, their sessions, and the bookings and waiting lines of teachers. */
package fr.tandem.training;
