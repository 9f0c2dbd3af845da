/** Software and resource licences the city buys: products, suppliers, licences, their seats assigned to schools, reminders. */
package fr.tandem.licence;
