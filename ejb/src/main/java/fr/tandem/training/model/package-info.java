/** What the training component exchanges with its callers: catalogue queries and pages, offer, session and enrolment summaries, hours, trainers and designation reports. */
package fr.tandem.training.model;
