package org.waymark.security.service;

import java.util.Objects;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in (DD012). Unlike Spring Security's default, the account's state (locked,
 * disabled) is checked only after the password hash was compared, so a locked, disabled or
 * unknown account costs the same hash check as any other and the answer's timing tells nothing;
 * an address with too many failures ({@link SignInThrottle}) is refused after the same check. A
 * code sent with the password is checked as the second step. Every refusal looks the same to the
 * person signing in, except one the node turns away unchecked because it is checking as many as it
 * takes at once ({@link SignInAdmission}): that one is asked to try again.
 */
public class SignInProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;
    private final TwoStepService twoStep;
    private final PasswordEncoder encoder;
    private final SignInAdmission admission;
    private final String dummyHash;

    public SignInProvider(AccountService accounts, PasswordEncoder encoder, SignInThrottle throttle, TwoStepService twoStep,
                          SignInAdmission admission) {
        super(accounts);
        this.admission = admission;
        this.throttle = throttle;
        this.twoStep = twoStep;
        this.encoder = encoder;
        this.dummyHash = Objects.requireNonNull(encoder.encode("throttled sign-in"));
        setPasswordEncoder(encoder);
        setUserDetailsPasswordService(accounts);
        setPreAuthenticationChecks(user -> { });
        AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
        setPostAuthenticationChecks(status::check);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!admission.tryEnter()) {
            throw new SignInBusyException();
        }
        try {
            return check(authentication);
        } finally {
            admission.leave();
        }
    }

    private Authentication check(Authentication authentication) {
        if (authentication.getDetails() instanceof SignInDetails details && details.getRemoteAddress() != null
                && throttle.blocked(details.getRemoteAddress())) {
            encoder.matches(String.valueOf(authentication.getCredentials()), dummyHash);
            throw new LockedException("Too many failed sign-ins from this address");
        }
        return super.authenticate(authentication);
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
            throws AuthenticationException {
        super.additionalAuthenticationChecks(user, authentication);
        // a code sent for an account without an authenticator is ignored: the form may always send the field
        if (authentication.getDetails() instanceof SignInDetails details && details.code() != null
                && user instanceof WaymarkUserDetails waymark && twoStep.enrolled(waymark.scope().userId())) {
            if (!twoStep.check(waymark.scope().userId(), Objects.requireNonNull(details.code()), details.received())) {
                throw new BadCredentialsException("Wrong authenticator code");
            }
            details.passTwoStep();
        }
    }
}
