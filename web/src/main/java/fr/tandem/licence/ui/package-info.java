/** The licence pages: city staff's licences, products, assignments, GAR imports, reconciliation and costs; schools' read-only view. */
package fr.tandem.licence.ui;
