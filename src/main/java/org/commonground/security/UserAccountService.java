package org.commonground.security;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.PartnerDeactivated;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: sign-in look-up, password changes, partner users, and the list of library people for pickers. */
@Service
@Transactional(readOnly = true)
public class UserAccountService implements UserDetailsService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,59}");

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final SessionTerminator sessions;
    private final SecurityEvents events;
    private final Clock clock;

    UserAccountService(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            CurrentUser currentUser,
            SessionTerminator sessions,
            SecurityEvents events,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(normalize(username))
                .map(account -> new SignedInUser(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    /** Creates an account with an already-decided password (demo data, first administrator). */
    @Transactional
    public Account createAccount(
            String username,
            String displayName,
            Role role,
            String rawPassword,
            @Nullable Long partnerId,
            boolean mustChangePassword) {
        return createAccount(username, displayName, null, role, rawPassword, partnerId, mustChangePassword);
    }

    /** As {@link #createAccount(String, String, Role, String, Long, boolean)}, with an e-mail address. */
    @Transactional
    public Account createAccount(
            String username,
            String displayName,
            @Nullable String email,
            Role role,
            String rawPassword,
            @Nullable Long partnerId,
            boolean mustChangePassword) {
        if (role == Role.PARTNER && partnerId == null) {
            throw InvalidInputException.of("partner", "A partner user must belong to a partner organization.");
        }
        UserAccount account =
                new UserAccount(normalize(username), displayName, role, passwordEncoder.encode(rawPassword));
        account.setPartnerId(role == Role.PARTNER ? partnerId : null);
        account.setMustChangePassword(mustChangePassword);
        account.setEmail(email);
        return Account.of(users.save(account));
    }

    /**
     * The account a partner contact creates by accepting an invitation: the invitation feature checked the
     * token; here the user name and the password rules are checked, each failure named by its field.
     */
    @Transactional
    public Account createInvitedPartnerUser(
            String username,
            String displayName,
            String email,
            long partnerId,
            Long contactId,
            String password,
            String repeated) {
        String name = normalize(username);
        checkNewUsername(name, "username");
        policy.problem(name, password).ifPresent(p -> {
            throw InvalidInputException.of("password", p);
        });
        if (!password.equals(repeated)) {
            throw InvalidInputException.of("repeatedPassword", "The two passwords are not the same.");
        }
        UserAccount account = new UserAccount(name, displayName, Role.PARTNER, passwordEncoder.encode(password));
        account.setPartnerId(partnerId);
        account.setContactId(contactId);
        account.setEmail(email);
        return Account.of(users.save(account));
    }

    /** Refuses a user name that is malformed or taken, naming the form's field. */
    void checkNewUsername(String name, String field) {
        if (!USERNAME.matcher(name).matches()) {
            throw InvalidInputException.of(
                    field, "A user name has 3 to 60 characters: letters, digits, and . _ - @ " + "(no spaces).");
        }
        if (users.findByUsername(name).isPresent()) {
            throw InvalidInputException.of(field, "The user name “" + name + "” is taken. Choose another.");
        }
    }

    /** Whether the signed-in user must choose a new password before doing anything else. */
    public boolean currentUserMustChangePassword() {
        return currentUser
                .accountEntity()
                .map(UserAccount::isMustChangePassword)
                .orElse(false);
    }

    /** Changes the signed-in user's own password; the current one must be given. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String repeatedPassword) {
        UserAccount account = currentUser
                .accountEntity()
                .orElseThrow(() -> InvalidInputException.of("currentPassword", "You are not signed in."));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", "The current password is not correct.");
        }
        policy.problem(account.getUsername(), newPassword).ifPresent(p -> {
            throw InvalidInputException.of("newPassword", p);
        });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw InvalidInputException.of("newPassword", "Choose a password different from the current one.");
        }
        if (!newPassword.equals(repeatedPassword)) {
            throw InvalidInputException.of("repeatedPassword", "The two new passwords are not the same.");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
    }

    /** Library people (not partners) who are active: relationship owners, attendees. */
    public List<StaffMember> libraryStaff() {
        return users
                .findByRoleInAndEnabledTrueOrderByDisplayName(List.of(Role.ADMIN, Role.DIRECTOR, Role.STAFF))
                .stream()
                .map(UserAccountService::toStaffMember)
                .toList();
    }

    /** Staff by id, for showing names next to records that hold only the id. */
    public Map<Long, StaffMember> staffById() {
        return libraryStaff().stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    public Optional<StaffMember> findStaff(long id) {
        return users.findById(id).filter(u -> u.getRole().isLibraryStaff()).map(UserAccountService::toStaffMember);
    }

    /** E-mail addresses of the given accounts that have one: reminders, calendar organizers. */
    public Map<Long, String> emailsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> emails = new HashMap<>();
        users.findAllById(ids).stream()
                .filter(u ->
                        u.isEnabled() && u.getEmail() != null && !u.getEmail().isBlank())
                .forEach(u -> emails.put(u.getId(), u.getEmail()));
        return emails;
    }

    /** The enabled account with this id, as it would sign in (a calendar feed acts for its owner). */
    public Optional<SignedInUser> enabledUser(long id) {
        return users.findById(id)
                .filter(UserAccount::isEnabled)
                .map(account -> new SignedInUser(account, clock.instant()));
    }

    // ---- partner users

    /** A partner organization's portal users, active or not. */
    @LibraryStaffOnly
    public List<PortalUser> portalUsersOf(long partnerId) {
        return users.findByPartnerIdOrderByDisplayName(partnerId).stream()
                .map(u -> new PortalUser(
                        u.getId(),
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getEmail(),
                        u.isEnabled(),
                        u.getLastSignInAt(),
                        u.getVersion()))
                .toList();
    }

    /** Whether this partner contact already has an active account (then a new invitation is refused). */
    public boolean hasActiveAccount(long contactId) {
        return users.existsByContactIdAndEnabledTrue(contactId);
    }

    /** A partner marked former loses portal access at once: every one of its users, sessions included. */
    @EventListener
    @Transactional
    public void onPartnerDeactivated(PartnerDeactivated event) {
        for (UserAccount user : users.findByPartnerIdOrderByDisplayName(event.partnerId())) {
            if (user.isEnabled()) {
                user.deactivate(clock.instant());
                int ended = sessions.endSessionsOf(user.getUsername());
                events.record(
                        SecurityEventKind.USER_DEACTIVATED,
                        null,
                        "user " + user.getUsername(),
                        "partner " + event.partnerId() + " marked former; " + ended + " open session(s) ended");
            }
        }
    }

    private static StaffMember toStaffMember(UserAccount account) {
        return new StaffMember(account.getId(), account.getDisplayName(), account.getRole());
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
