/** How pages and the REST API recognise people: the one identity store behind the login form, Basic authentication and API tokens. */
package fr.tandem.people.security;
