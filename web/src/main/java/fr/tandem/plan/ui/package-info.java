/** The digital plan's pages: the plans list and a plan's page with its figures, charts, lines and their dialogs; its grant claims. */
package fr.tandem.plan.ui;
