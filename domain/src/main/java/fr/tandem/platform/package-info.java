/** What every business component shares in the domain: rule violations and their translated messages. */
package fr.tandem.platform;
