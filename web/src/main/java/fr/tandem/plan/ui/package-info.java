/** The digital plan's pages: its grant claims. */
package fr.tandem.plan.ui;
