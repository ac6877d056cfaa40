package org.commonground.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonground.shared.InputValidator;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaffRoleChanged;
import org.commonground.shared.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' user management: the list with roles, status and last sign-in; adding library people;
 * changing a role; deactivating (open sessions end at once) and reactivating; resetting a password (the user
 * chooses a new one at their next sign-in). Directors may also end a partner user's portal access.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministrationService {

    private static final String USER = "user";
    /** Four groups of five from an alphabet without look-alikes (no 0/O, 1/l/I): easy to read out. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SessionTerminator sessions;
    private final SecurityEvents events;
    private final InputValidator validator;
    private final UserAccountService accounts;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final SecureRandom random = new SecureRandom();

    UserAdministrationService(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            SessionTerminator sessions,
            SecurityEvents events,
            InputValidator validator,
            UserAccountService accounts,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.events = events;
        this.validator = validator;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<UserSummary> list() {
        Instant now = clock.instant();
        return users.findAllByOrderByDisplayNameAscIdAsc().stream()
                .map(u -> summary(u, now))
                .toList();
    }

    public UserSummary get(long id) {
        return summary(find(id), clock.instant());
    }

    /** Adds a library person with a temporary password they must change at first sign-in. */
    @Transactional
    public TemporaryPassword create(NewUserForm form) {
        Map<String, String> problems = new HashMap<>();
        if (form.getRole() == Role.PARTNER) {
            problems.put(
                    "role",
                    "Partner users join through an invitation from their organization's page, so "
                            + "they choose their own password.");
        }
        validator.check(form, problems);
        String name = UserAccountService.normalize(form.getUsername());
        accounts.checkNewUsername(name, "username");
        String password = temporaryPassword();
        UserAccount account =
                new UserAccount(name, form.getDisplayName().strip(), form.getRole(), passwordEncoder.encode(password));
        account.setEmail(form.getEmail());
        account.setMustChangePassword(true);
        users.save(account);
        events.record(
                SecurityEventKind.USER_CREATED,
                null,
                "user " + name,
                "role " + form.getRole().label());
        return new TemporaryPassword(account.getId(), name, password);
    }

    /** Moves a library person to another library role; partner users keep theirs. */
    @Transactional
    public void changeRole(long id, Role role, long version) {
        UserAccount account = findAt(id, version);
        if (account.getRole() == Role.PARTNER || role == Role.PARTNER) {
            throw InvalidInputException.of(
                    "role",
                    "A partner user stays a partner user, and a library person "
                            + "cannot become one: create the right kind of account instead.");
        }
        if (isSelf(account) && role != Role.ADMIN) {
            throw InvalidInputException.of(
                    "role", "You cannot take away your own administrator role; ask " + "another administrator.");
        }
        Role before = account.getRole();
        account.setRole(role);
        flush();
        if (before != role) {
            publisher.publishEvent(new StaffRoleChanged(id));
        }
        // The role is read at sign-in: end the sessions so the new role applies from the next sign-in.
        sessions.endSessionsOf(account.getUsername());
        events.record(
                SecurityEventKind.USER_CHANGED,
                null,
                "user " + account.getUsername(),
                "role " + before.label() + " → " + role.label());
    }

    /** Deactivates an account; its open sessions end at once. */
    @Transactional
    public void deactivate(long id, long version) {
        UserAccount account = findAt(id, version);
        if (isSelf(account)) {
            throw InvalidInputException.of("status", "You cannot deactivate your own account.");
        }
        deactivate(account, "by an administrator");
    }

    /** Ends a partner user's portal access: administrators, and directors from the partner's page. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public void endPortalAccess(long id, long version) {
        UserAccount account = findAt(id, version);
        if (account.getRole() != Role.PARTNER) {
            throw new RecordNotFoundException("partner user", id);
        }
        deactivate(account, "portal access ended");
    }

    @Transactional
    public void reactivate(long id, long version) {
        UserAccount account = findAt(id, version);
        if (account.isEnabled()) {
            throw InvalidInputException.of("status", "This account is already active.");
        }
        account.reactivate();
        account.unlock();
        flush();
        events.record(SecurityEventKind.USER_REACTIVATED, null, "user " + account.getUsername(), null);
    }

    /**
     * A new temporary password, shown once to the administrator; the user must choose their own at the next
     * sign-in. Clears a lockout and ends open sessions (someone else may know the old password).
     */
    @Transactional
    public TemporaryPassword resetPassword(long id, long version) {
        UserAccount account = findAt(id, version);
        String password = temporaryPassword();
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setMustChangePassword(true);
        account.unlock();
        flush();
        int ended = sessions.endSessionsOf(account.getUsername());
        events.record(
                SecurityEventKind.PASSWORD_RESET,
                null,
                "user " + account.getUsername(),
                ended + " open session(s) ended");
        return new TemporaryPassword(account.getId(), account.getUsername(), password);
    }

    private void deactivate(UserAccount account, String why) {
        if (!account.isEnabled()) {
            throw InvalidInputException.of("status", "This account is already deactivated.");
        }
        account.deactivate(clock.instant());
        flush();
        int ended = sessions.endSessionsOf(account.getUsername());
        events.record(
                SecurityEventKind.USER_DEACTIVATED,
                null,
                "user " + account.getUsername(),
                why + "; " + ended + " open session(s) ended");
    }

    private String temporaryPassword() {
        StringBuilder text = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                text.append('-');
            }
            for (int i = 0; i < 5; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    private boolean isSelf(UserAccount account) {
        return currentUser.username().map(account.getUsername()::equals).orElse(false);
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException(USER, id));
    }

    private UserAccount findAt(long id, long version) {
        UserAccount account = find(id);
        if (account.getVersion() != version) {
            throw new StaleRecordException(USER);
        }
        return account;
    }

    private void flush() {
        try {
            users.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(USER);
        }
    }

    private static UserSummary summary(UserAccount u, Instant now) {
        UserSummary.Status status = !u.isEnabled()
                ? UserSummary.Status.DEACTIVATED
                : u.isLockedAt(now) ? UserSummary.Status.LOCKED : UserSummary.Status.ACTIVE;
        return new UserSummary(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getEmail(),
                u.getRole(),
                u.getPartnerId(),
                status,
                u.isLockedAt(now) ? u.getLockedUntil() : null,
                u.getLastSignInAt(),
                u.isMustChangePassword(),
                u.getVersion());
    }
}
