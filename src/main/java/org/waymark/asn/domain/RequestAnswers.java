package org.waymark.asn.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What the school says in an hours request, as its form fills it in. Mutable on purpose (a form
 * binds to it, and the eligibility check runs on what is on screen before anything is saved);
 * {@link RequestInput} says whether a filled-in copy may be stored at all.
 */
public class RequestAnswers {

    private @Nullable Integer sifStage;
    private boolean medicalNeed;
    private boolean personalCareNeed;
    private @Nullable AsnCategory category;
    private boolean exceptional;
    private String exceptionalReason = "";
    private String needs = "";
    private boolean transitionPhase;
    private boolean namedPersonDecidedOtherwise;
    private String namedPersonNote = "";
    private @Nullable BigDecimal hoursAsked;
    private @Nullable BigDecimal specialistHours;
    private @Nullable BigDecimal independentHours;
    private String differentiation = "";
    private String independence = "";
    private String equipment = "";

    public RequestAnswers copy() {
        RequestAnswers c = new RequestAnswers();
        c.sifStage = sifStage;
        c.medicalNeed = medicalNeed;
        c.personalCareNeed = personalCareNeed;
        c.category = category;
        c.exceptional = exceptional;
        c.exceptionalReason = exceptionalReason;
        c.needs = needs;
        c.transitionPhase = transitionPhase;
        c.namedPersonDecidedOtherwise = namedPersonDecidedOtherwise;
        c.namedPersonNote = namedPersonNote;
        c.hoursAsked = hoursAsked;
        c.specialistHours = specialistHours;
        c.independentHours = independentHours;
        c.differentiation = differentiation;
        c.independence = independence;
        c.equipment = equipment;
        return c;
    }

    /** Exceptional circumstances are claimed: the category says so, or the school marked it. */
    public boolean claimsExceptional() {
        return exceptional || category == AsnCategory.EXCEPTIONAL;
    }

    public @Nullable Integer getSifStage() { return sifStage; }
    public void setSifStage(@Nullable Integer sifStage) { this.sifStage = sifStage; }
    public boolean isMedicalNeed() { return medicalNeed; }
    public void setMedicalNeed(boolean medicalNeed) { this.medicalNeed = medicalNeed; }
    public boolean isPersonalCareNeed() { return personalCareNeed; }
    public void setPersonalCareNeed(boolean personalCareNeed) { this.personalCareNeed = personalCareNeed; }
    public @Nullable AsnCategory getCategory() { return category; }
    public void setCategory(@Nullable AsnCategory category) { this.category = category; }
    public boolean isExceptional() { return exceptional; }
    public void setExceptional(boolean exceptional) { this.exceptional = exceptional; }
    public String getExceptionalReason() { return exceptionalReason; }
    public void setExceptionalReason(@Nullable String reason) { this.exceptionalReason = text(reason); }
    public String getNeeds() { return needs; }
    public void setNeeds(@Nullable String needs) { this.needs = text(needs); }
    public boolean isTransitionPhase() { return transitionPhase; }
    public void setTransitionPhase(boolean transitionPhase) { this.transitionPhase = transitionPhase; }
    public boolean isNamedPersonDecidedOtherwise() { return namedPersonDecidedOtherwise; }
    public void setNamedPersonDecidedOtherwise(boolean decided) { this.namedPersonDecidedOtherwise = decided; }
    public String getNamedPersonNote() { return namedPersonNote; }
    public void setNamedPersonNote(@Nullable String note) { this.namedPersonNote = text(note); }
    public @Nullable BigDecimal getHoursAsked() { return hoursAsked; }
    public void setHoursAsked(@Nullable BigDecimal hoursAsked) { this.hoursAsked = hoursAsked; }
    public @Nullable BigDecimal getSpecialistHours() { return specialistHours; }
    public void setSpecialistHours(@Nullable BigDecimal hours) { this.specialistHours = hours; }
    public @Nullable BigDecimal getIndependentHours() { return independentHours; }
    public void setIndependentHours(@Nullable BigDecimal hours) { this.independentHours = hours; }
    public String getDifferentiation() { return differentiation; }
    public void setDifferentiation(@Nullable String differentiation) { this.differentiation = text(differentiation); }
    public String getIndependence() { return independence; }
    public void setIndependence(@Nullable String independence) { this.independence = text(independence); }
    public String getEquipment() { return equipment; }
    public void setEquipment(@Nullable String equipment) { this.equipment = text(equipment); }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
