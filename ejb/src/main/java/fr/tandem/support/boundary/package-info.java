/** Teachers' requests: reporting, the city staff's queue and workflow, attachments, service levels, training needs for inspectors. */
package fr.tandem.support.boundary;
