package org.waymark.attachments.service;

import java.util.List;

import org.waymark.attachments.domain.Attachment;
import org.waymark.security.service.People;

/**
 * A record's attachments as a list shows them, with who added each by name.
 *
 * @param withheld how many files the record holds that the reader is not shown: a finance or
 *                 inclusion reader sees the count, never the files' names (issue 20 point 9, DD014)
 */
public record AttachedFiles(List<Attachment> attachments, People people, int withheld) {

    public AttachedFiles {
        attachments = List.copyOf(attachments);
    }

    /** Every file shown. */
    public AttachedFiles(List<Attachment> attachments, People people) {
        this(attachments, people, 0);
    }
}
