/** How people are recognised: password hashing, API token secrets, and the current caller. */
package fr.tandem.people.control;
