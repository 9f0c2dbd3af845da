/** The audit trail: an append-only record of every change to a persisted entity. */
package fr.tandem.platform.audit;
