/** The digital plan's EJBs: its grant claims. */
package fr.tandem.plan.boundary;
