/** What the privacy component answers: a person's data (right of access) and what a retention run did. */
package fr.tandem.privacy.model;
