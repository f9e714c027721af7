package org.waymark.attachments.service;

import java.util.List;

import org.waymark.attachments.domain.Attachment;
import org.waymark.security.service.People;

/** A record's attachments as a list shows them, with who added each by name. */
public record AttachedFiles(List<Attachment> attachments, People people) {

    public AttachedFiles {
        attachments = List.copyOf(attachments);
    }
}
