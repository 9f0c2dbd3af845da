/** The digital plan's logic behind its boundary: who sees which plans and lines, their views, figures and exports. */
package fr.tandem.plan.control;
