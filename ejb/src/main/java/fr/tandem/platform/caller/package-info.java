/** Who is calling: the caller's principal, asked of the security context once per request. */
package fr.tandem.platform.caller;
