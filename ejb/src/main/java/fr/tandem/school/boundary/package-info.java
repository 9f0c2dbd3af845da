/** What the UI and the REST API may do with schools: search, read, create, edit, import the Annuaire. */
package fr.tandem.school.boundary;
