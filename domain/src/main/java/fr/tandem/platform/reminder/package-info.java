/** Staged reminders shared by every component: the stage rule and the record of each reminder fired. */
package fr.tandem.platform.reminder;
