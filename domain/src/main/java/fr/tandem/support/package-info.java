/** Teachers' requests to the city's IT department: the workflow, messages both ways, attachments and the service-level clock. */
package fr.tandem.support;
