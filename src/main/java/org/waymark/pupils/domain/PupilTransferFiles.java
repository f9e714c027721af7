package org.waymark.pupils.domain;

/**
 * A pupil's SEN information as a file the receiving school's management information system reads,
 * for a pupil leaving for a school outside the authority (issue 22 point 5: a Common Transfer
 * File). The imports feature makes it, so pupils need not know the format (like
 * {@link PupilHoldings}); the pupil's page and its move form offer it. The maker checks the
 * caller's scope (a pupil the caller may not read answers as a missing one) and audits it.
 */
public interface PupilTransferFiles {

    /** The receiving school: its LA number and establishment number, both blank when not known. */
    record Destination(String lea, String estab) {

        public static Destination unknown() {
            return new Destination("", "");
        }
    }

    /** A file to download. */
    record File(String name, String mediaType, byte[] content) {
    }

    /**
     * Whether the caller's role makes transfer files; the page offers the download only then, and
     * only for a pupil with a UPN (England and Wales). The pupil's scope is checked by {@link #of}.
     */
    boolean offeredToCaller();

    /** The message key of what is wrong with a destination, or null when it will do. */
    @org.jspecify.annotations.Nullable String destinationProblem(Destination destination);

    /** The pupil's transfer file for that destination. */
    File of(long pupilId, Destination destination);
}
