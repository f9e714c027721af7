package org.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.Phase;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlanDiff;
import org.waymark.plans.domain.PlanStatus;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.Voice;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.SensoryImpairment;
import org.waymark.pupils.domain.YearGroup;

/** Every text exists in English and Welsh, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|shell|nav|common|language|login|error|filter|home|school|pupils|pupil|enrolment|datepicker|validation|plans|plan|reviews|review|attachment|notice|bids|bid|pdf|framework|budget|moderation|calendar|panel|letter|interim|appeal|ledger|statement|authority|asn|aln|imports)\\.[A-Za-z0-9_.]+)\"");

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void english_and_welsh_have_the_same_keys() throws IOException {
        Set<Object> english = new TreeSet<>(load("translations.properties").keySet());
        Set<Object> welsh = new TreeSet<>(load("translations_cy.properties").keySet());
        assertThat(welsh).as("keys missing in Welsh").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(welsh);
    }

    @Test
    void every_key_the_code_uses_exists() throws IOException {
        Properties english = load("translations.properties");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !english.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_enum_value_shown_to_users_has_a_label() throws IOException {
        Properties english = load("translations.properties");
        for (Class<? extends Enum<?>> type : List.of(Nation.class, AreaOfNeed.class, YearGroup.class,
                SensoryImpairment.class, EnrolmentEndReason.class, Phase.class, PlanType.class, PlanStatus.class,
                Voice.class, DeliveryLanguage.class, GroupSize.class, AttachmentKind.class, OutcomeProgress.class,
                org.waymark.bids.domain.BidStatus.class, org.waymark.descriptors.domain.FrameworkStatus.class,
                org.waymark.moderation.domain.MeetingStatus.class, org.waymark.moderation.domain.CaseOutcome.class,
                org.waymark.moderation.domain.FnfPurpose.class, org.waymark.organisation.domain.TermName.class,
                org.waymark.panels.domain.PanelKind.class, org.waymark.panels.domain.SeatCapacity.class,
                org.waymark.panels.domain.SeatRole.class, org.waymark.panels.domain.CaseKind.class,
                org.waymark.panels.domain.PanelOutcome.class, org.waymark.panels.domain.MeetingStatus.class,
                org.waymark.panels.domain.InterimGround.class, org.waymark.panels.domain.AppealStatus.class,
                org.waymark.allocations.domain.FundingStream.class, org.waymark.allocations.domain.AllocationSource.class,
                org.waymark.allocations.domain.AllocationEnd.class, org.waymark.allocations.domain.AllocationPeriod.class,
                org.waymark.security.domain.Role.class,
                org.waymark.asn.domain.AsnCategory.class, org.waymark.asn.domain.AsnRequestStatus.class,
                org.waymark.aln.domain.AlnOutcome.class, org.waymark.aln.domain.OutcomeReason.class,
                org.waymark.aln.domain.ProgressMeasure.class, org.waymark.aln.domain.ConcernSource.class,
                org.waymark.aln.domain.Maintainer.class, org.waymark.aln.domain.MaintainerReason.class,
                org.waymark.aln.domain.Decider.class, org.waymark.aln.domain.DecisionStatus.class,
                org.waymark.aln.domain.ReferralSource.class, org.waymark.aln.domain.ReferralStatus.class,
                org.waymark.aln.domain.ReferralOutcome.class,
                org.waymark.asn.domain.JointView.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(english).containsKey("enum." + type.getSimpleName() + "." + value.name());
            }
        }
        // keys built at run time from a name
        for (org.waymark.allocations.domain.AllocationEnd end : org.waymark.allocations.domain.AllocationEnd.values()) {
            assertThat(english).containsKey("ledger.event." + end.name());
        }
        for (String event : List.of("OPENED", "CONTINUED", "REVIEW_DUE", "CARRIED_TO_SECONDARY")) {
            assertThat(english).containsKey("ledger.event." + event);
        }
        for (org.waymark.panels.domain.PanelOutcome outcome : org.waymark.panels.domain.PanelOutcome.values()) {
            assertThat(english).containsKey("letter.outcome." + outcome.name());
        }
        // the ALN letters and notices build keys from enum names
        for (org.waymark.aln.domain.ConcernSource source : org.waymark.aln.domain.ConcernSource.values()) {
            assertThat(english).containsKey("letter.aln.source." + source.name());
        }
        for (org.waymark.aln.domain.ReferralSource source : org.waymark.aln.domain.ReferralSource.values()) {
            assertThat(english).containsKey("letter.aln.referrer." + source.name());
        }
        for (org.waymark.aln.domain.OutcomeReason reason : org.waymark.aln.domain.OutcomeReason.values()) {
            assertThat(english).containsKey("letter.aln.reason." + reason.name());
        }
        for (org.waymark.aln.domain.ReferralOutcome outcome : org.waymark.aln.domain.ReferralOutcome.values()) {
            assertThat(english).containsKey("letter.aln.referral.outcome." + outcome.name())
                    .containsKey("letter.aln.referral.next." + outcome.name())
                    .containsKey("notice.aln.referralOutcome." + outcome.name());
        }
        for (PlanDiff.Kind kind : PlanDiff.Kind.values()) {
            assertThat(english).containsKey("plan.diff." + kind.name().toLowerCase());
        }
        for (String step : org.waymark.plans.ui.PlanEditorView.STEPS) {
            assertThat(english).containsKey("plan.editor.step." + step);
        }
        for (String step : org.waymark.asn.ui.HoursRequestFormView.STEPS) {
            assertThat(english).containsKey("asn.form.step." + step);
        }
        for (org.waymark.asn.domain.JointView view : org.waymark.asn.domain.JointView.values()) {
            assertThat(english).containsKey("asn.mta.joint." + view.name());
        }
        for (org.waymark.asn.domain.HoursEligibility.Severity severity
                : org.waymark.asn.domain.HoursEligibility.Severity.values()) {
            assertThat(english).containsKey("asn.finding." + severity.name());
        }
        for (String section : List.of("whatMatters", "likedFor", "howToSupport", "needs", "outcomes", "provisions",
                "assistantRole", "equipment", "agencies")) {
            assertThat(english).containsKey("plan.section." + section);
        }
    }

    @Test
    void texts_with_arguments_are_valid_message_formats_with_escaped_apostrophes() throws IOException {
        for (String file : List.of("translations.properties", "translations_cy.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                if (value.contains("{0}") || value.contains("{1}")) {
                    new MessageFormat(value); // throws on a broken pattern
                    assertThat(value.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void date_picker_lists_have_twelve_months_and_seven_days() throws IOException {
        for (String file : List.of("translations.properties", "translations_cy.properties")) {
            Properties texts = load(file);
            assertThat(texts.getProperty("datepicker.months").split(",")).hasSize(12);
            assertThat(texts.getProperty("datepicker.weekdays").split(",")).hasSize(7);
            assertThat(texts.getProperty("datepicker.weekdaysShort").split(",")).hasSize(7);
        }
    }
}
