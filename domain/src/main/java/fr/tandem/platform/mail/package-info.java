/** The mail outbox: messages written with the changes they tell about, sent once by the application. */
package fr.tandem.platform.mail;
