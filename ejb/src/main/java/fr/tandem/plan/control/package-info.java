/** The digital plan's logic behind its boundaries: who sees which plans and lines, their views, figures and exports, and grant claims' eligible lines, views and files. */
package fr.tandem.plan.control;
