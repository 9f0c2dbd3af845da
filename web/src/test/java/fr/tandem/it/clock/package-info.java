/** A clock the integration tests can fix at an instant, deployed with the application under test only. */
package fr.tandem.it.clock;
