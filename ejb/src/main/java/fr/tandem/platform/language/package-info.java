/** The texts of mails and documents in the reader's language, looked up in the ejb module's bundles. */
package fr.tandem.platform.language;
