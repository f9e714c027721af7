package org.waymark.attachments.domain;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface AttachmentRepository extends ListCrudRepository<Attachment, Long> {

    List<Attachment> findByOwnerTypeAndOwnerIdAndRemovedAtIsNullOrderByUploadedAt(OwnerType ownerType, long ownerId);
}
