/** The downloads of one's own data offered on the profile page. */
package fr.tandem.privacy.ui;
