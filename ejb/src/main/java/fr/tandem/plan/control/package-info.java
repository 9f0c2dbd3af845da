/** The digital plan's logic behind its boundaries: grant claims' eligible lines, views and files. */
package fr.tandem.plan.control;
