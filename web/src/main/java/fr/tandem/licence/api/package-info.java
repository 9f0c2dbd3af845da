/** Licences over HTTP: products, suppliers, licences, assignments, imports, reminders and reports (JSON, CSV, Excel). */
package fr.tandem.licence.api;
