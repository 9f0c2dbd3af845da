/** Mail for every business component: the outbox, its timed sender, and the SMTP settings. */
package fr.tandem.platform.mail;
