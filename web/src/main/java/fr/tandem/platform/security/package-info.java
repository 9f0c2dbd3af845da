/** Web security: how pages and the REST API recognise people, and the roles they declare. */
package fr.tandem.platform.security;
