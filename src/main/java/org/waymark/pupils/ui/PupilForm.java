package org.waymark.pupils.ui;

import org.waymark.base.ui.TextLimit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.waymark.base.domain.Nation;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.UkAuthorities;
import org.waymark.organisation.domain.UkAuthority;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRules;
import org.waymark.pupils.domain.SensoryImpairment;
import org.waymark.pupils.domain.YearGroup;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;

/**
 * The fields of a pupil, bound to {@link PupilDetails}. Every check calls the same
 * {@link PupilRules} the service applies, so the form and the server give the same messages.
 * Fields that do not apply to the nation (UPN vs candidate number, named person, SIF stage)
 * are left out.
 */
class PupilForm extends FormLayout {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField preferredName = new TextField();
    final DatePicker dateOfBirth;
    final TextField upn = new TextField();
    final TextField candidateNumber = new TextField();
    final Select<YearGroup> yearGroup = new Select<>();
    final CheckboxGroup<AreaOfNeed> areasOfNeed = new CheckboxGroup<>();
    final Select<AreaOfNeed> primaryNeed = new Select<>();
    /** Chosen from the UK reference list (issue 20 point 6), searched by name in either language or code. */
    final ComboBox<UkAuthority> homeAuthority = new ComboBox<>();
    final Checkbox lookedAfter = new Checkbox();
    final ComboBox<UkAuthority> lookedAfterBy = new ComboBox<>();
    /** Names typed before the list that nobody has matched: kept unless an authority is chosen. */
    private @org.jspecify.annotations.Nullable String homeAuthorityUnmatched;
    private @org.jspecify.annotations.Nullable String lookedAfterByUnmatched;
    final Checkbox dualRegistered = new Checkbox();
    final TextField namedPerson = new TextField();
    final Select<Integer> sifStage = new Select<>();
    final Checkbox medicalNeed = new Checkbox();
    final Checkbox personalCareNeed = new Checkbox();
    final Select<SensoryImpairment> sensoryImpairment = new Select<>();
    final Select<String> preferredLanguage = new Select<>();
    final TextArea diagnoses = new TextArea();

    private final Binder<PupilDetails> binder = new Binder<>(PupilDetails.class);
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();
    private final Supplier<LocalDate> today;

    PupilForm(Nation nation, Supplier<LocalDate> today) {
        this.today = today;
        dateOfBirth = LocalisedDatePicker.create("pupil.dateOfBirth");
        LocalisedDatePicker.latest(dateOfBirth, today.get(), "pupil.dob.future");
        label();
        boolean scotland = nation == Nation.SCOTLAND;
        upn.setVisible(!scotland);
        candidateNumber.setVisible(scotland);
        namedPerson.setVisible(scotland);
        sifStage.setVisible(scotland);

        yearGroup.setItems(YearGroup.forNation(nation));
        yearGroup.setItemLabelGenerator(Translations::label);
        areasOfNeed.setItems(AreaOfNeed.values());
        areasOfNeed.setItemLabelGenerator(Translations::label);
        primaryNeed.setItems(AreaOfNeed.values());
        primaryNeed.setItemLabelGenerator(Translations::label);
        sifStage.setItems(1, 2, 3);
        sifStage.setEmptySelectionAllowed(true);
        sifStage.setEmptySelectionCaption(getTranslation("pupil.sifStage.none"));
        sensoryImpairment.setItems(SensoryImpairment.values());
        sensoryImpairment.setItemLabelGenerator(Translations::label);
        preferredLanguage.setItems("en", "cy");
        preferredLanguage.setItemLabelGenerator(code -> getTranslation("language." + code));
        lookedAfterBy.setEnabled(false);
        lookedAfter.addValueChangeListener(e -> lookedAfterBy.setEnabled(e.getValue()));

        bind(nation);

        add(heading("pupil.section.identity"), firstName, lastName, preferredName, dateOfBirth, upn, candidateNumber,
                yearGroup, preferredLanguage);
        add(heading("pupil.section.needs"), areasOfNeed, primaryNeed, diagnoses);
        add(heading("pupil.section.circumstances"), lookedAfter, lookedAfterBy, dualRegistered, homeAuthority,
                medicalNeed, personalCareNeed, sensoryImpairment, namedPerson, sifStage);
        setColspan(areasOfNeed, 2);
        setColspan(diagnoses, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private H3 heading(String key) {
        H3 heading = new H3(getTranslation(key));
        setColspan(heading, 2);
        return heading;
    }

    private void label() {
        firstName.setLabel(getTranslation("pupil.firstName"));
        lastName.setLabel(getTranslation("pupil.lastName"));
        preferredName.setLabel(getTranslation("pupil.preferredName"));
        preferredName.setHelperText(getTranslation("pupil.preferredName.help"));
        upn.setLabel(getTranslation("pupil.upn"));
        upn.setHelperText(getTranslation("pupil.upn.help"));
        candidateNumber.setLabel(getTranslation("pupil.candidateNumber"));
        candidateNumber.setHelperText(getTranslation("pupil.candidateNumber.help"));
        yearGroup.setLabel(getTranslation("pupil.yearGroup"));
        areasOfNeed.setLabel(getTranslation("pupil.areasOfNeed"));
        primaryNeed.setLabel(getTranslation("pupil.primaryNeed"));
        homeAuthority.setLabel(getTranslation("pupil.homeAuthority"));
        homeAuthority.setHelperText(getTranslation("pupil.homeAuthority.help"));
        lookedAfter.setLabel(getTranslation("pupil.lookedAfter"));
        lookedAfterBy.setLabel(getTranslation("pupil.lookedAfterBy"));
        dualRegistered.setLabel(getTranslation("pupil.dualRegistered"));
        namedPerson.setLabel(getTranslation("pupil.namedPerson"));
        sifStage.setLabel(getTranslation("pupil.sifStage"));
        medicalNeed.setLabel(getTranslation("pupil.medicalNeed"));
        personalCareNeed.setLabel(getTranslation("pupil.personalCareNeed"));
        sensoryImpairment.setLabel(getTranslation("pupil.sensoryImpairment"));
        preferredLanguage.setLabel(getTranslation("pupil.preferredLanguage"));
        diagnoses.setLabel(getTranslation("pupil.diagnoses"));
        diagnoses.setHelperText(getTranslation("pupil.diagnoses.help"));
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        dateOfBirth.setRequiredIndicatorVisible(true);
        yearGroup.setRequiredIndicatorVisible(true);
        areasOfNeed.setRequiredIndicatorVisible(true);
        primaryNeed.setRequiredIndicatorVisible(true);
        TextLimit.apply(firstName, PupilRules.MAX_NAME_LENGTH);
        TextLimit.apply(lastName, PupilRules.MAX_NAME_LENGTH);
        TextLimit.apply(preferredName, PupilRules.MAX_NAME_LENGTH);
        TextLimit.apply(upn, 16);
        TextLimit.apply(candidateNumber, 11);
        authorityChoice(homeAuthority);
        authorityChoice(lookedAfterBy);
        TextLimit.apply(namedPerson, PupilRules.MAX_DETAIL_LENGTH);
    }

    private void bind(Nation nation) {
        binder.forField(firstName).withValidator(rule(PupilRules::checkName))
                .bind(PupilDetails::getFirstName, PupilDetails::setFirstName);
        binder.forField(lastName).withValidator(rule(PupilRules::checkName))
                .bind(PupilDetails::getLastName, PupilDetails::setLastName);
        binder.forField(preferredName)
                .withValidator(rule(v -> v == null || v.isBlank() ? Optional.empty() : PupilRules.checkName(v)))
                .bind(d -> nullToEmpty(d.getPreferredName()), PupilDetails::setPreferredName);
        binder.forField(dateOfBirth).withValidator(rule(v -> PupilRules.checkDateOfBirth(v, today.get()),
                        PupilRules.MIN_AGE, PupilRules.MAX_AGE))
                .bind(PupilDetails::getDateOfBirth, PupilDetails::setDateOfBirth);
        binder.forField(upn).withValidator(rule(v -> PupilRules.checkUpn(v, nation)))
                .bind(d -> nullToEmpty(d.getUpn()), PupilDetails::setUpn);
        binder.forField(candidateNumber).withValidator(rule(v -> PupilRules.checkCandidateNumber(v, nation)))
                .bind(d -> nullToEmpty(d.getCandidateNumber()), PupilDetails::setCandidateNumber);
        Binder.Binding<PupilDetails, YearGroup> yearGroupBinding = binder.forField(yearGroup)
                .withValidator(rule(v -> PupilRules.checkYearGroup(v, dateOfBirth.getValue(), nation, today.get())))
                .bind(PupilDetails::getYearGroup, PupilDetails::setYearGroup);
        binder.forField(areasOfNeed)
                .withValidator(rule(v -> v == null || v.isEmpty() ? Optional.of("pupil.needs.required") : Optional.empty()))
                .bind(PupilDetails::getAreasOfNeed, PupilDetails::setAreasOfNeed);
        Binder.Binding<PupilDetails, AreaOfNeed> primaryNeedBinding = binder.forField(primaryNeed).withValidator(rule(v -> v == null ? Optional.of("pupil.primaryNeed.required")
                        : areasOfNeed.getValue().contains(v) ? Optional.empty() : Optional.of("pupil.primaryNeed.notInAreas")))
                .bind(PupilDetails::getPrimaryNeed, PupilDetails::setPrimaryNeed);
        binder.forField(homeAuthority).bind(d -> UkAuthorities.list().byCode(d.getHomeAuthority()).orElse(null),
                (d, a) -> d.setHomeAuthority(a == null ? null : a.code()));
        binder.forField(lookedAfter).bind(PupilDetails::isLookedAfter, PupilDetails::setLookedAfter);
        Binder.Binding<PupilDetails, UkAuthority> lookedAfterByBinding = binder.forField(lookedAfterBy).withValidator(
                        (v, c) -> lookedAfter.getValue() && v == null
                                ? ValidationResult.error(lookedAfterByUnmatched == null ? getTranslation("pupil.lookedAfterBy.required")
                                        : getTranslation("pupil.authority.unmatched", lookedAfterByUnmatched))
                                : ValidationResult.ok())
                .bind(d -> UkAuthorities.list().byCode(d.getLookedAfterBy()).orElse(null),
                        (d, a) -> d.setLookedAfterBy(a == null ? null : a.code()));
        binder.forField(dualRegistered).bind(PupilDetails::isDualRegistered, PupilDetails::setDualRegistered);
        binder.forField(namedPerson).bind(d -> nullToEmpty(d.getNamedPerson()), PupilDetails::setNamedPerson);
        binder.forField(sifStage).withValidator(rule(v -> PupilRules.checkSifStage(v, nation)))
                .bind(PupilDetails::getSifStage, PupilDetails::setSifStage);
        binder.forField(medicalNeed).bind(PupilDetails::isMedicalNeed, PupilDetails::setMedicalNeed);
        binder.forField(personalCareNeed).bind(PupilDetails::isPersonalCareNeed, PupilDetails::setPersonalCareNeed);
        binder.forField(sensoryImpairment).bind(PupilDetails::getSensoryImpairment, PupilDetails::setSensoryImpairment);
        binder.forField(preferredLanguage).bind(PupilDetails::getPreferredLanguage, PupilDetails::setPreferredLanguage);
        binder.forField(diagnoses).withConverter(new LinesConverter())
                .bind(PupilDetails::getDiagnoses, PupilDetails::setDiagnoses);

        // re-check fields whose rule depends on another field
        areasOfNeed.addValueChangeListener(e -> {
            if (primaryNeed.getValue() != null) {
                primaryNeedBinding.validate();
            }
        });
        dateOfBirth.addValueChangeListener(e -> {
            if (yearGroup.getValue() != null) {
                yearGroupBinding.validate();
            }
        });
        lookedAfter.addValueChangeListener(e -> lookedAfterByBinding.validate());

        fieldsByName.put("firstName", firstName);
        fieldsByName.put("lastName", lastName);
        fieldsByName.put("preferredName", preferredName);
        fieldsByName.put("dateOfBirth", dateOfBirth);
        fieldsByName.put("upn", upn);
        fieldsByName.put("candidateNumber", candidateNumber);
        fieldsByName.put("yearGroup", yearGroup);
        fieldsByName.put("areasOfNeed", areasOfNeed);
        fieldsByName.put("primaryNeed", primaryNeed);
        fieldsByName.put("homeAuthority", homeAuthority);
        fieldsByName.put("lookedAfterBy", lookedAfterBy);
        fieldsByName.put("namedPerson", namedPerson);
        fieldsByName.put("sifStage", sifStage);
        fieldsByName.put("diagnoses", diagnoses);
    }

    void read(PupilDetails details) {
        homeAuthorityUnmatched = details.getHomeAuthorityUnmatched();
        lookedAfterByUnmatched = details.getLookedAfterByUnmatched();
        binder.readBean(details);
        lookedAfterBy.setEnabled(details.isLookedAfter());
        showUnmatched();
    }

    /** The filled-in details, or empty when a field is invalid (its message is then shown). */
    Optional<PupilDetails> write() {
        PupilDetails details = new PupilDetails();
        details.setHomeAuthorityUnmatched(homeAuthorityUnmatched);
        details.setLookedAfterByUnmatched(lookedAfterByUnmatched);
        return binder.writeBeanIfValid(details) ? Optional.of(details) : Optional.empty();
    }

    /** A ComboBox of the UK authorities: names in the reader's language, searched in either language or by code. */
    private void authorityChoice(ComboBox<UkAuthority> box) {
        String language = getLocale() == null ? "en" : getLocale().getLanguage();
        box.setItemLabelGenerator(a -> a.displayName(language));
        box.setItems((a, text) -> {
            String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
            return wanted.isEmpty() || a.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                    || (a.nameCy() != null && a.nameCy().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                    || a.code().toLowerCase(java.util.Locale.ROOT).startsWith(wanted);
        }, UkAuthorities.list().all());
        box.setClearButtonVisible(true);
        box.setWidthFull();
    }

    /**
     * A name typed before the list and not matched (V51): said beside the field, in the words
     * that were typed, until an authority is chosen; choosing one drops the old text.
     */
    private void showUnmatched() {
        homeAuthority.setHelperText(homeAuthorityUnmatched == null ? getTranslation("pupil.homeAuthority.help")
                : getTranslation("pupil.authority.unmatched", homeAuthorityUnmatched));
        lookedAfterBy.setHelperText(lookedAfterByUnmatched == null ? null
                : getTranslation("pupil.authority.unmatched", lookedAfterByUnmatched));
    }

    /** The field a rule names (e.g. "dateOfBirth"), for messages beside it; null when not shown. */
    @org.jspecify.annotations.Nullable HasValidation field(String name) {
        return fieldsByName.get(name);
    }

    private <T> Validator<T> rule(java.util.function.Function<T, Optional<String>> check, Object... arguments) {
        return (value, context) -> check.apply(value)
                .map(key -> ValidationResult.error(getTranslation(key, arguments)))
                .orElse(ValidationResult.ok());
    }

    private static String nullToEmpty(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    /** One diagnosis per line. */
    private static final class LinesConverter implements Converter<String, List<String>> {
        @Override
        public Result<List<String>> convertToModel(String value, com.vaadin.flow.data.binder.ValueContext context) {
            return Result.ok(value == null ? List.of()
                    : Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }

        @Override
        public String convertToPresentation(List<String> value, com.vaadin.flow.data.binder.ValueContext context) {
            return value == null ? "" : String.join("\n", value);
        }
    }
}
