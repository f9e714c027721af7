package org.waymark.base.domain;

/**
 * Someone else saved the record after the caller loaded it. Nothing was written; the caller
 * keeps their input and decides whether to reload.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
