package org.waymark.aln.service;

/** A letter's file as the browser is handed it: name, in the language it is written in, and bytes. */
public record AlnLetter(String fileName, String language, byte[] bytes) {
}
