/** The records the digital plan's boundaries exchange with their callers. */
package fr.tandem.plan.model;
