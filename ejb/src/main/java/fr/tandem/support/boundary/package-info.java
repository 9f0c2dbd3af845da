/** Teachers' requests: reporting and following them (both sides), the city staff's queue and workflow, service levels, training needs for inspectors. */
package fr.tandem.support.boundary;
