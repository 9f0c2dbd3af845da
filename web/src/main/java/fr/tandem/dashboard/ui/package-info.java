/** The dashboard page: filters, figures, charts and exports. */
package fr.tandem.dashboard.ui;
