/**
 * The database: the configured data source, schema migrations run by Flyway at start-up, and the
 * where clause a search shares between its count and its page.
 */
package fr.tandem.platform.persistence;
