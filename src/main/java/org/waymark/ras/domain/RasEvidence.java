package org.waymark.ras.domain;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * A document a RAS case rests on: an attachment (owner {@code RAS_CASE}) and the outcome whose
 * score it is evidence for — none for a report on the whole case, such as the setting's updated
 * report before an annual review. Kept beside the case, not in it, so attaching a document does
 * not move the case's version under a co-ordinator's open scoring form.
 */
public class RasEvidence {

    @Id
    private @Nullable Long id;
    private final long rasCaseId;
    private final long attachmentId;
    private final @Nullable String outcome;

    @PersistenceCreator
    RasEvidence(@Nullable Long id, long rasCaseId, long attachmentId, @Nullable String outcome) {
        this.id = id;
        this.rasCaseId = rasCaseId;
        this.attachmentId = attachmentId;
        this.outcome = outcome;
    }

    public static RasEvidence of(long rasCaseId, long attachmentId, @Nullable String outcome) {
        return new RasEvidence(null, rasCaseId, attachmentId, outcome);
    }

    public @Nullable Long getId() { return id; }
    public long getRasCaseId() { return rasCaseId; }
    public long getAttachmentId() { return attachmentId; }
    public @Nullable String getOutcome() { return outcome; }
}
