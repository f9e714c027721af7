package org.waymark.aln.domain;

/** What a disagreement is about: the decision whether the pupil has ALN, or the IDP (its content or who maintains it). */
public enum DisagreementTopic {
    ALN_DECISION, IDP
}
