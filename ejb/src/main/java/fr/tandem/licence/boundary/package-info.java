/** The licence component's transactions and security: products, licences, assignments, reminders, GAR imports, reports. */
package fr.tandem.licence.boundary;
