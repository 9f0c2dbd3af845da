/** The school pages: the list, the edit form and the Annuaire import. */
package fr.tandem.school.ui;
