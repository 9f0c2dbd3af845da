/** The REST resources of accounts and of the caller's own profile and tokens. */
package fr.tandem.people.api;
