/** The request pages: reporting (pre-filled from an item's QR code), my requests, the city staff's queue, one request, training needs. */
package fr.tandem.support.ui;
