/** The REST resources of schools, circonscriptions and the Annuaire import. */
package fr.tandem.school.api;
