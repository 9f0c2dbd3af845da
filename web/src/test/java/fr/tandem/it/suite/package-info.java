/** An Arquillian extension that deploys the application once for all the integration-test classes of a run. */
package fr.tandem.it.suite;
