/** The figures and filters the dashboard exchanges with its callers: per-section counts, charts' series, the filter a reader chose. */
package fr.tandem.dashboard.model;
