/** Exports shared by every business component: CSV files that open cleanly in spreadsheet programs. */
package fr.tandem.platform.export;
