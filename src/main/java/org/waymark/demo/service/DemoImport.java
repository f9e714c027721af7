package org.waymark.demo.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.waymark.imports.domain.CtfReader;
import org.waymark.imports.domain.CtfWriter;
import org.waymark.imports.domain.ImportPreview;
import org.waymark.imports.service.PupilImportService;
import org.waymark.pupils.domain.UniquePupilNumber;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;
import org.waymark.security.service.WaymarkUserDetails;

/**
 * Two applied CTF imports of the demo SENCO's school (issue 22, DD020), through the import
 * service as the SENCO, relative to today: one three weeks ago that added two pupils (past the
 * undo period: listed, no undo), and one yesterday that added two more and moved one of the first
 * two up a year (can be undone: the undo removes the two and puts the year group back).
 */
@Component
class DemoImport {

    private final PupilImportService imports;
    private final AccountService accounts;
    private final SystemUser systemUser;
    private final Clock clock;

    DemoImport(PupilImportService imports, AccountService accounts, SystemUser systemUser, Clock clock) {
        this.imports = imports;
        this.accounts = accounts;
        this.systemUser = systemUser;
        this.clock = clock;
    }

    /** As the demo SENCO {@code senco<suffix>} of the school {@code reference} ({@code name}). */
    void showImports(String suffix, String reference, String name) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        LocalDate year3 = yearStart.minusYears(YearGroup.Y3.typicalAge()).minusDays(40);
        LocalDate year5 = yearStart.minusYears(YearGroup.Y5.typicalAge()).minusDays(90);
        systemUser.as((WaymarkUserDetails) accounts.loadUserByUsername("senco" + suffix), () -> {
            apply(reference, name, "larkfield-autumn-ctf.xml", today.minusDays(21), List.of(
                    new CtfWriter.Entry(upn(1), "Ffion", "Treharne", year3, "F", "3", List.of("SLCN"), false, null,
                            false, today.minusDays(28)),
                    new CtfWriter.Entry(upn(2), "Theo", "Ashby", year5, "M", "5", List.of("SPLD"), false, null, false,
                            today.minusDays(28))));
            apply(reference, name, "larkfield-spring-ctf.xml", today.minusDays(1), List.of(
                    new CtfWriter.Entry(upn(1), "Ffion", "Treharne", year3, "F", "4", List.of("SLCN"), false, null,
                            false, today.minusDays(28)),
                    new CtfWriter.Entry(upn(3), "Isla", "Penhaligon", year3.minusDays(60), "F", "3", List.of("ASD"),
                            false, null, false, today.minusDays(2)),
                    new CtfWriter.Entry(upn(4), "Kofi", "Mensah", year5.minusDays(20), "M", "5", List.of("SEMH"), false,
                            null, false, today.minusDays(2))));
            return null;
        });
    }

    /** A file of these pupils only (the school's others are offered as leavers, which a SENCO does not record). */
    private void apply(String reference, String name, String fileName, LocalDate on, List<CtfWriter.Entry> pupils) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CtfWriter writer = new CtfWriter(out, new CtfReader.Header("24.0", "", reference, name, "", "", on))) {
            pupils.forEach(writer::write);
        }
        ImportPreview preview = imports.preview(ImportPreview.Format.CTF, fileName,
                new ByteArrayInputStream(out.toByteArray()));
        imports.applyForDemo(preview, clock.instant().minus(Duration.ofDays(LocalDate.now(clock).toEpochDay()
                - on.toEpochDay())));
    }

    private static String upn(int n) {
        String digits = String.format("00009999%04d", n);
        return UniquePupilNumber.checkLetter(digits) + digits;
    }
}
