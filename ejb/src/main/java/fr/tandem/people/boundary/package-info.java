/** What the UI and the REST API may do with people: log in, administer accounts, manage one's own profile and tokens. */
package fr.tandem.people.boundary;
