/** What the school component exchanges with its callers: school forms, queries, pages and summaries, circonscriptions, Annuaire import reports and the progress listener. */
package fr.tandem.school.model;
