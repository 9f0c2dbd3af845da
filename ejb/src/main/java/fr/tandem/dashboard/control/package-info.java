/** One class per dashboard section, each reading its module's tables in aggregate (never a named teacher). */
package fr.tandem.dashboard.control;
