package org.waymark.api.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.allocations.domain.AllocationEnd;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.YearGroup;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the API's version 1 reads and writes (DD018, docs/api.md): plain records the OpenAPI
 * document describes. Fields without a value are left out of the JSON, never sent as null.
 */
public final class ApiModels {


    private ApiModels() {
    }

    @Schema(name = "PupilRow", description = "A pupil in a list: who, where, and the main need")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PupilRow(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String firstName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String lastName,
            @Nullable String preferredName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dateOfBirth,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) YearGroup yearGroup,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long schoolId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String schoolName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AreaOfNeed primaryNeed,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean lookedAfter,
            @Schema(description = "For a school client: the day the pupil left the school, while the school keeps "
                    + "read-only access to their history") @Nullable LocalDate leftOn) {
    }

    @Schema(name = "PupilPage", description = "One page of the pupils in the client's scope, in name order")
    public record PupilPage(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int offset,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int limit,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<PupilRow> items) {
    }

    @Schema(name = "Pupil", description = "A pupil's record")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pupil(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(description = "Unique Pupil Number (England and Wales)") @Nullable String upn,
            @Schema(description = "Scottish Candidate Number") @Nullable String candidateNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String firstName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String lastName,
            @Nullable String preferredName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dateOfBirth,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) YearGroup yearGroup,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AreaOfNeed primaryNeed,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Set<AreaOfNeed> areasOfNeed,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long schoolId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String schoolName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Whether the pupil attends the school now") boolean enrolled,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean lookedAfter,
            @Nullable String lookedAfterBy,
            @Nullable String homeAuthority,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String preferredLanguage) {
    }

    @Schema(name = "NewPupil", description = "A pupil to add to a school's register")
    public record NewPupil(
            @Schema(description = "The school: required for a client of the whole authority; a school client's own "
                    + "school when left out") @Nullable Long schoolId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String firstName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String lastName,
            @Nullable String preferredName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate dateOfBirth,
            @Schema(description = "England and Wales") @Nullable String upn,
            @Schema(description = "Scotland") @Nullable String candidateNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable YearGroup yearGroup,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable AreaOfNeed primaryNeed,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Set<AreaOfNeed> areasOfNeed,
            @Nullable Boolean lookedAfter,
            @Schema(description = "The code of the authority looking after the child") @Nullable String lookedAfterBy,
            @Schema(description = "The code of the pupil's home authority when another") @Nullable String homeAuthority,
            @Schema(description = "A two-letter language code (en, cy, ...); en when left out") @Nullable String preferredLanguage,
            @Schema(description = "The first day at the school; today when left out or later than today")
            @Nullable LocalDate enrolledFrom) {
    }

    @Schema(name = "Plan", description = "A plan of the pupil and where it stands")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Plan(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PlanType type,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PlanStatus status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int latestVersion,
            @Nullable Integer versionInForce,
            @Nullable LocalDate nextReviewDate,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean reviewOverdue) {
    }

    @Schema(name = "Allocation", description = "A line of the pupil's funding ledger")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Allocation(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) FundingStream stream,
            @Schema(description = "The level (HLN1-3), purpose or band, where the stream has one") @Nullable String level,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Pounds a year, or hours a week for an hours stream")
            BigDecimal amount,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startDate,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate endDate,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AllocationSource source,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate decidedOn,
            @Nullable AllocationEnd endReason,
            @Nullable LocalDate reviewDueBy) {
    }

    @Schema(name = "Letter", description = "A decision letter sent about the pupil")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Letter(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate sentOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueBy,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String language,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CaseKind caseKind,
            @Nullable PanelOutcome outcome,
            @Nullable String level,
            @Nullable BigDecimal amount) {
    }

    @Schema(name = "Problem", description = "Why a call was refused")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Problem(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "unauthorized, forbidden, not_found, invalid, "
                    + "too_many_requests, conflict or error") String error,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message,
            @Schema(description = "For invalid: the message for each field") @Nullable List<FieldProblem> fields) {
    }

    @Schema(name = "FieldProblem")
    public record FieldProblem(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String field,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {
    }
}
