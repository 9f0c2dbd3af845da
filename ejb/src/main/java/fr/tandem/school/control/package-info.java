/** How schools are searched in the database and how the national Annuaire de l'éducation is read, checked and written. */
package fr.tandem.school.control;
