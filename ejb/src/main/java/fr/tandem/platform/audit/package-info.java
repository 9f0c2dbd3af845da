/** Writes the audit trail for every entity of the persistence unit, and lets admins read it. */
package fr.tandem.platform.audit;
