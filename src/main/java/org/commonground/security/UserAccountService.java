package org.commonground.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commonground.shared.InvalidInputException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: sign-in look-up, password changes, and the list of library people for pickers. */
@Service
@Transactional(readOnly = true)
public class UserAccountService implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(normalize(username))
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    public boolean hasAnyUser() {
        return users.count() > 0;
    }

    /** Creates an account with an already-decided password (demo data, first administrator). */
    @Transactional
    public UserAccount createAccount(String username, String displayName, Role role, String rawPassword,
            Long partnerId, boolean mustChangePassword) {
        if (role == Role.PARTNER && partnerId == null) {
            throw InvalidInputException.of("partner", "A partner user must belong to a partner organization.");
        }
        UserAccount account = new UserAccount(normalize(username), displayName, role,
                passwordEncoder.encode(rawPassword));
        account.setPartnerId(role == Role.PARTNER ? partnerId : null);
        account.setMustChangePassword(mustChangePassword);
        return users.save(account);
    }

    /** Whether the signed-in user must choose a new password before doing anything else. */
    public boolean currentUserMustChangePassword() {
        return currentUser.account().map(UserAccount::isMustChangePassword).orElse(false);
    }

    /** Changes the signed-in user's own password; the current one must be given. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String repeatedPassword) {
        UserAccount account = currentUser.account()
                .orElseThrow(() -> InvalidInputException.of("currentPassword", "You are not signed in."));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", "The current password is not correct.");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.of("newPassword",
                    "Choose a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (newPassword.equalsIgnoreCase(account.getUsername())) {
            throw InvalidInputException.of("newPassword", "The password must not be your user name.");
        }
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
        return users.findByRoleInAndEnabledTrueOrderByDisplayName(List.of(Role.ADMIN, Role.DIRECTOR, Role.STAFF))
                .stream().map(UserAccountService::toStaffMember).toList();
    }

    /** Staff by id, for showing names next to records that hold only the id. */
    public Map<Long, StaffMember> staffById() {
        return libraryStaff().stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    public Optional<StaffMember> findStaff(long id) {
        return users.findById(id).filter(u -> u.getRole().isLibraryStaff()).map(UserAccountService::toStaffMember);
    }

    /** E-mail addresses of the given accounts that have one: reminders, calendar organizers. */
    public Map<Long, String> emailsOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> emails = new java.util.HashMap<>();
        users.findAllById(ids).stream().filter(u -> u.isEnabled() && u.getEmail() != null && !u.getEmail().isBlank())
                .forEach(u -> emails.put(u.getId(), u.getEmail()));
        return emails;
    }

    /** The enabled account with this id, as it would sign in (a calendar feed acts for its owner). */
    public Optional<SignedInUser> enabledUser(long id) {
        return users.findById(id).filter(UserAccount::isEnabled).map(SignedInUser::new);
    }

    @Transactional
    @EventListener
    public void onSignIn(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .ifPresent(u -> u.setLastSignInAt(clock.instant()));
    }

    private static StaffMember toStaffMember(UserAccount account) {
        return new StaffMember(account.getId(), account.getDisplayName(), account.getRole());
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
