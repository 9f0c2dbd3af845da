/** The equipment inventory over HTTP (JSON, CSV, PDF labels), and loans of kits; rules and access checks live in the boundary. */
package fr.tandem.equipment.api;
