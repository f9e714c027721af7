package org.waymark.ehc.service;

/** A letter of the assessment as a PDF, in the family's language. */
public record EhcLetter(String fileName, String language, byte[] bytes) {
}
