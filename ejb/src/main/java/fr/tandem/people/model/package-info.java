/** What the people component exchanges with its callers: account forms, pages and summaries, the authenticated caller, API token summaries. */
package fr.tandem.people.model;
