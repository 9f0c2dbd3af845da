/** The partnership dashboard: figures of every module for the city, its councillor and the inspectorate, filtered and exported. */
package fr.tandem.dashboard.boundary;
