/** The privacy component's EJBs: a person's download of everything Tandem holds about them, and the retention timer that anonymises old deactivated accounts. */
package fr.tandem.privacy.boundary;
