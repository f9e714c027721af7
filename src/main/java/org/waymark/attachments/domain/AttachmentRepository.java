package org.waymark.attachments.domain;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AttachmentRepository extends ListCrudRepository<Attachment, Long> {

    @Query("SELECT * FROM attachment WHERE owner_type = :ownerType AND owner_id = :ownerId AND removed_at IS NULL ORDER BY uploaded_at")
    List<Attachment> findByOwnerTypeAndOwnerIdAndRemovedAtIsNullOrderByUploadedAt(OwnerType ownerType, long ownerId);
}
