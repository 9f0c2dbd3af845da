/** What the UI and the REST API may do with training: inspectors build and publish the offer, teachers book and cancel. */
package fr.tandem.training.boundary;
