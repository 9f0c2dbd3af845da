/** When schools are closed: French public holidays and the school holidays of a zone (sessions, requests and loans are checked against them). */
package fr.tandem.school.calendar;
