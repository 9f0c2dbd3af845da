/** Single sign-on through an OpenID Connect provider: the authorization code flow, token checks and claims read as a directory person. */
package fr.tandem.people.sso;
