package org.waymark.security.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.TwoStepCredential;
import org.waymark.security.domain.TwoStepCredentialRepository;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.time.TimeProvider;
import dev.samstevens.totp.util.Utils;

/**
 * Two-step sign-in with an authenticator app (RFC 6238 TOTP, SHA-1, 6 digits, 30 s — what every
 * authenticator app reads from the QR code): enrolment with a QR code and the secret as text,
 * recovery codes shown once and kept hashed, the second step of a sign-in, and an administrator's
 * reset. The TOTP arithmetic is the samstevens totp library's. A code is accepted once: the
 * account's last accepted time step is kept and a code of that step or an earlier one is refused
 * (RFC 6238 section 5.2). Secrets are kept sealed ({@link TwoStepSecrets}).
 */
@Service
public class TwoStepService {

    /** Codes of the previous and next 30-second period are accepted too (phone clocks drift). */
    private static final int ALLOWED_DISCREPANCY = 1;
    private static final int PERIOD_SECONDS = 30;

    private final TwoStepCredentialRepository credentials;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String issuer;
    private final TwoStepSecrets secrets;
    private final CodeGenerator generator = codeGenerator();
    // the wall clock, not the injected Clock: codes must agree with the phone's real time even
    // where the portal's dates are pinned (demo, tests)
    private final TimeProvider wallClock = new SystemTimeProvider();
    /** Demo profile only: a code may be used again within its period (the load test's users share accounts). */
    private final boolean acceptRepeats;

    TwoStepService(TwoStepCredentialRepository credentials, AppUserRepository users, PasswordEncoder passwordEncoder,
                   AuditLog auditLog, Clock clock, TwoStepSecrets secrets,
                   @Value("${waymark.security.totp-issuer:Waymark}") String issuer,
                   @Value("${waymark.security.totp-accept-repeats:false}") boolean acceptRepeats,
                   org.springframework.core.env.Environment environment) {
        if (acceptRepeats && !environment.acceptsProfiles(org.springframework.core.env.Profiles.of("demo"))) {
            throw new IllegalStateException("Refusing to start: waymark.security.totp-accept-repeats is for the demo"
                    + " profile's load test only (its secret is published); a code must be used once (docs/security.md)");
        }
        this.acceptRepeats = acceptRepeats;
        this.credentials = credentials;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.secrets = secrets;
        this.issuer = issuer;
    }

    static CodeGenerator codeGenerator() {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    }

    /** A new authenticator's details for the enrolment page. */
    public record Enrolment(String secret, String otpauthUri, String qrDataUri) {
    }

    /** Whether the signed-in (or half signed-in) person has a confirmed authenticator, and whether they must. */
    public record Status(boolean enrolled, boolean required, long recoveryCodesLeft) {
    }

    @Transactional(readOnly = true)
    public Status status() {
        Caller caller = caller();
        AppUser user = users.findById(caller.userId()).orElseThrow();
        Optional<TwoStepCredential> credential = credentials.findByAppUserId(caller.userId())
                .filter(TwoStepCredential::isConfirmed);
        return new Status(credential.isPresent(), user.requiresTwoStep(),
                credential.map(TwoStepCredential::unusedRecoveryCodes).orElse(0L));
    }

    boolean enrolled(long userId) {
        return credentials.findByAppUserId(userId).filter(TwoStepCredential::isConfirmed).isPresent();
    }

    /**
     * Starts (or starts again) enrolment for the caller: a new secret, not counted until confirmed.
     * Half signed-in, only someone without a confirmed authenticator may start, so the password
     * alone cannot swap out a working authenticator.
     */
    @Transactional
    public Enrolment beginEnrolment() {
        Caller caller = caller();
        TwoStepCredential credential = credentials.findByAppUserId(caller.userId()).orElse(null);
        if (credential != null && credential.isConfirmed() && caller.pending()) {
            throw new AccessDeniedException("Already enrolled; sign in with the authenticator");
        }
        String secret = new DefaultSecretGenerator(32).generate();
        String sealed = secrets.seal(caller.userId(), secret);
        if (credential == null) {
            credential = TwoStepCredential.start(caller.userId(), sealed, clock.instant());
        } else {
            credential.restart(sealed);
        }
        credentials.save(credential);
        return enrolment(caller.username(), secret);
    }

    Enrolment enrolment(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return new Enrolment(secret, data.getUri(),
                    Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }

    /**
     * Confirms the caller's new authenticator with a code from it. Returns the ten recovery codes
     * (shown once; only their hashes are kept), or empty when the code is wrong.
     */
    @Transactional
    public Optional<List<String>> confirmEnrolment(String code) {
        Caller caller = caller();
        TwoStepCredential credential = credentials.findByAppUserId(caller.userId())
                .filter(c -> !c.isConfirmed()).orElseThrow(() -> new IllegalStateException("No enrolment started"));
        if (!acceptTimeCode(credential, digits(code), Instant.ofEpochSecond(wallClock.getTime()))) {
            auditLog.recordAs(caller.username(), remote(), "TWO_STEP_ENROL", "USER", String.valueOf(caller.userId()),
                    AuditLog.Outcome.DENIED, "wrong code");
            return Optional.empty();
        }
        List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(TwoStepCredential.RECOVERY_CODES));
        credential.confirm(clock.instant(), codes.stream().map(c -> passwordEncoder.encode(normalise(c))).toList());
        credentials.save(credential);
        auditLog.recordAs(caller.username(), remote(), "TWO_STEP_ENROL", "USER", String.valueOf(caller.userId()),
                AuditLog.Outcome.ALLOWED, null);
        return Optional.of(codes);
    }

    /**
     * The second step of a sign-in: a code from the authenticator, or one of the recovery codes
     * (then used up). Audited either way.
     */
    @Transactional
    public boolean verify(String code) {
        Caller caller = caller();
        boolean ok = check(caller.userId(), code);
        auditLog.recordAs(caller.username(), remote(), "TWO_STEP", "USER", String.valueOf(caller.userId()),
                ok ? AuditLog.Outcome.ALLOWED : AuditLog.Outcome.DENIED, ok ? null : "wrong code");
        return ok;
    }

    /** Checks a code for an account now. */
    @Transactional
    public boolean check(long userId, String code) {
        return check(userId, code, Instant.ofEpochSecond(wallClock.getTime()));
    }

    /**
     * Checks a code for an account as of {@code sent}, when the sign-in form that carried it
     * arrived (the form may send one with the password): a sign-in that waited its turn for the
     * password check during a rush is not refused for a code that was right when it came. A code
     * is still accepted once only, and only from the step before to the step after {@code sent}.
     */
    @Transactional
    public boolean check(long userId, String code, Instant sent) {
        Optional<TwoStepCredential> credential = credentials.findByAppUserId(userId).filter(TwoStepCredential::isConfirmed);
        if (credential.isEmpty()) {
            return false;
        }
        String digits = digits(code);
        if (digits.length() == 6) {
            // a six-digit code is an authenticator's, never a recovery code (those are 16+ letters)
            return acceptTimeCode(credential.get(), digits, sent);
        }
        String recovery = normalise(code);
        if (recovery.length() < 16) {
            return false;
        }
        boolean used = credential.get().useRecoveryCode(hash -> passwordEncoder.matches(recovery, hash), clock.instant());
        if (used) {
            credentials.save(credential.get());
        }
        return used;
    }

    /**
     * Demo data only (DD012): gives these accounts a confirmed authenticator with the published
     * demo secret, so newcomers and tests can sign in. Ten random recovery codes, hashed once and
     * shared (nobody sees them). Called by the demo loader as it fills an empty database.
     */
    @Transactional
    public void enrolForDemo(java.util.Collection<Long> userIds, String secret) {
        List<String> hashes = Arrays.stream(new RecoveryCodeGenerator().generateCodes(TwoStepCredential.RECOVERY_CODES))
                .map(c -> passwordEncoder.encode(normalise(c))).toList();
        for (long userId : userIds) {
            String sealed = secrets.seal(userId, secret);
            TwoStepCredential credential = credentials.findByAppUserId(userId)
                    .orElseGet(() -> TwoStepCredential.start(userId, sealed, clock.instant()));
            credential.restart(sealed);
            credential.confirm(clock.instant(), hashes);
            credentials.save(credential);
        }
    }

    /** Removes a user's authenticator; {@link AccountAdministration} checks who may and audits it. */
    void remove(long userId) {
        credentials.findByAppUserId(userId).ifPresent(credentials::delete);
    }

    /** A school user or parent who chose two-step sign-in turns it off again (not allowed where it is required). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void turnOff() {
        Caller caller = caller();
        if (caller.pending()) {
            throw new AccessDeniedException("Not signed in");
        }
        AppUser user = users.findById(caller.userId()).orElseThrow();
        if (user.requiresTwoStep()) {
            throw new AccessDeniedException("Two-step sign-in is required for this role");
        }
        credentials.findByAppUserId(caller.userId()).ifPresent(credentials::delete);
        auditLog.record("TWO_STEP_OFF", "USER", caller.userId(), null);
    }

    /**
     * Whether the code is the authenticator's for the current 30-second step or one either side,
     * and that step is later than the last one accepted for the account (then it is recorded, so
     * the same code — or an older one — is refused from now on).
     */
    private boolean acceptTimeCode(TwoStepCredential credential, String code, Instant at) {
        String secret = secrets.open(credential.getAppUserId(), credential.getSecret());
        long now = Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
        byte[] given = code.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (long step = now - ALLOWED_DISCREPANCY; step <= now + ALLOWED_DISCREPANCY; step++) {
            byte[] expected;
            try {
                expected = generator.generate(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("TOTP code could not be computed", e);
            }
            if (java.security.MessageDigest.isEqual(expected, given)) {
                if (acceptRepeats) {
                    return true;
                }
                return credentials.useTimeStep(java.util.Objects.requireNonNull(credential.getId()), step) == 1;
            }
        }
        return false;
    }

    private static String digits(String code) {
        return code.replaceAll("\\s", "");
    }

    /** Recovery codes are compared without case, spaces or dashes, as people copy them. */
    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private record Caller(long userId, String username, boolean pending) {
    }

    private static Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TwoStepPending p) {
            return new Caller(p.userId(), p.username(), true);
        }
        if (authentication != null && authentication.getPrincipal() instanceof WaymarkUserDetails d) {
            return new Caller(d.scope().userId(), d.getUsername(), false);
        }
        throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("Not signed in");
    }

    private static String remote() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes a
                ? a.getRequest().getRemoteAddr() : "internal";
    }
}
