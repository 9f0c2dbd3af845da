/** Reading and checking the national school directory (Annuaire de l'éducation) before it is imported. */
package fr.tandem.school.control;
