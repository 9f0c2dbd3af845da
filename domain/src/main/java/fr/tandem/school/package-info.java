/** Schools and circonscriptions, keyed by their UAI codes, as the national directory describes them. */
package fr.tandem.school;
