/** The database: the configured data source, and schema migrations run by Flyway at start-up. */
package fr.tandem.platform.persistence;
