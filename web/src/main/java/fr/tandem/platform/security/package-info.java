/** Web security shared by every page and endpoint: security headers and the content policy, cross-site request refusal. */
package fr.tandem.platform.security;
