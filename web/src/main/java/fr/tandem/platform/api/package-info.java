/** What every REST resource shares: the application path, problem+json errors, the client's language, health. */
package fr.tandem.platform.api;
