/** What the CSV imports share: line numbers, header names as people write them, outcomes and progress. */
package fr.tandem.platform.imports;
