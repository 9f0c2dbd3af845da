/** The audit trail over HTTP and on the admins' page. */
package fr.tandem.platform.audit;
