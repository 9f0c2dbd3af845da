/** The equipment inventory, loans of kits, interventions and costs over HTTP (JSON, CSV, Excel, PDF labels); rules and access checks live in the boundaries. */
package fr.tandem.equipment.api;
