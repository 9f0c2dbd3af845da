/** The people who log in: accounts, their roles and workplaces, and their personal API tokens. */
package fr.tandem.people;
