/** How training offers and sessions are shown to pages and to the REST API. */
package fr.tandem.training.control;
