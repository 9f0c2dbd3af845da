/** What every page shares: the current user, the language switch, login and translated messages. */
package fr.tandem.platform.ui;
