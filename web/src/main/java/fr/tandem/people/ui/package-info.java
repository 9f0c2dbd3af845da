/** The pages about people: account administration and each person's own profile and API tokens. */
package fr.tandem.people.ui;
