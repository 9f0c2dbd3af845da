/**
 * The API's contract: what the build adds to the OpenAPI document that SmallRye's Maven plugin generates from the
 * resources (the description, tags, errors, versions), so that the document Payara serves is complete.
 */
package fr.tandem.platform.api.contract;
