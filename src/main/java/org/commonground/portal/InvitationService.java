package org.commonground.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerDetails;
import org.commonground.partner.PartnerService;
import org.commonground.partner.PartnerStatus;
import org.commonground.security.Account;
import org.commonground.security.LibraryStaffOnly;
import org.commonground.security.SecurityEventKind;
import org.commonground.security.SecurityEvents;
import org.commonground.security.UserAccountService;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.shared.Formats;
import org.commonground.shared.InvalidInputException;
import org.commonground.shared.PartnerDeactivated;
import org.commonground.shared.RecordNotFoundException;
import org.commonground.shared.StaleRecordException;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations for partner contacts: a director or administrator invites a contact of a partner; the link
 * (single use, valid for seven days) lets the contact choose a user name and password, which creates a
 * PARTNER user bound to that organization. Accepting needs no sign-in: the secret token is the proof.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(7);
    static final String PATH = "invitation/";
    private static final String INVITATION = "invitation";

    private final InvitationRepository invitations;
    private final PartnerService partners;
    private final UserAccountService accounts;
    private final SecurityEvents events;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    InvitationService(
            InvitationRepository invitations,
            PartnerService partners,
            UserAccountService accounts,
            SecurityEvents events,
            Clock clock,
            CommonGroundProperties properties) {
        this.invitations = invitations;
        this.partners = partners;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * Invites a contact of the partner. An earlier invitation of the same contact that was not used is withdrawn:
     * only the newest link works.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public IssuedInvitation invite(long partnerId, long contactId) {
        PartnerDetails partner = partners.get(partnerId);
        if (partner.status() == PartnerStatus.FORMER) {
            throw InvalidInputException.of(
                    "contactId",
                    partner.name() + " is a former partner: make the partnership "
                            + "current again before inviting its people to the portal.");
        }
        ContactDetails contact = partner.contacts().stream()
                .filter(c -> c.id() == contactId)
                .findFirst()
                .orElseThrow(() ->
                        InvalidInputException.of("contactId", "Choose one of " + partner.name() + "'s contacts."));
        if (accounts.hasActiveAccount(contactId)) {
            throw InvalidInputException.of("contactId", contact.fullName() + " already has portal access.");
        }
        // Microseconds, as the database keeps them: the expiry read back is the expiry computed here.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        invitations
                .findByContactIdAndAcceptedAtIsNullAndRevokedAtIsNull(contactId)
                .forEach(i -> i.revoke(now));
        String token = newToken();
        Invitation invitation = invitations.save(new Invitation(
                hash(token),
                partnerId,
                partner.name(),
                contactId,
                contact.fullName(),
                contact.email(),
                now.plus(VALIDITY)));
        // The secret stays out of the log: the link is shown once, to the person who invited.
        events.record(
                SecurityEventKind.INVITATION_CREATED,
                null,
                "partner " + partnerId + ", contact " + contactId,
                "invitation " + invitation.getId() + " for " + contact.fullName() + ", valid until "
                        + Formats.longDate(invitation.getExpiresAt(), zone));
        return new IssuedInvitation(
                invitation.getId(), contact.fullName(), contact.email(), PATH + token, invitation.getExpiresAt());
    }

    /** The partner's invitations, newest first, with where each stands. */
    @LibraryStaffOnly
    public List<InvitationSummary> ofPartner(long partnerId) {
        Instant now = clock.instant();
        return invitations.findByPartnerIdOrderByCreatedAtDescIdDesc(partnerId).stream()
                .map(i -> new InvitationSummary(
                        i.getId(),
                        i.getDisplayName(),
                        i.getEmail(),
                        i.stateAt(now),
                        i.getCreatedAt(),
                        i.getCreatedBy(),
                        i.getExpiresAt(),
                        i.getVersion()))
                .toList();
    }

    /** Withdraws an invitation that was not used yet: its link stops working at once. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public void revoke(long id, long version) {
        Invitation invitation = invitations.findById(id).orElseThrow(() -> new RecordNotFoundException(INVITATION, id));
        if (invitation.getVersion() != version) {
            throw new StaleRecordException(INVITATION);
        }
        if (invitation.stateAt(clock.instant()) != InvitationState.PENDING) {
            throw InvalidInputException.of(
                    "status",
                    "This invitation is "
                            + invitation.stateAt(clock.instant()).label().toLowerCase(Locale.ROOT)
                            + "; there is nothing to "
                            + "withdraw.");
        }
        invitation.revoke(clock.instant());
        flush();
        events.record(
                SecurityEventKind.INVITATION_REVOKED, null, "partner " + invitation.getPartnerId(), "invitation " + id);
    }

    /** What the acceptance page shows for the link, or why it cannot be used. */
    public InvitationPreview preview(String token) {
        Invitation invitation = usable(token);
        return new InvitationPreview(
                invitation.getPartnerName(),
                invitation.getDisplayName(),
                invitation.getEmail(),
                suggestedUsername(invitation),
                invitation.getExpiresAt());
    }

    /**
     * Creates the contact's PARTNER account, bound to the inviting organization, and uses up the link. Problems
     * with the user name or password are named by field ("username", "password", "repeatedPassword").
     *
     * @return the new user name
     */
    @Transactional
    public String accept(String token, String username, String password, String repeatedPassword) {
        Invitation invitation = usable(token);
        Account account = accounts.createInvitedPartnerUser(
                username,
                invitation.getDisplayName(),
                invitation.getEmail(),
                invitation.getPartnerId(),
                invitation.getContactId(),
                password,
                repeatedPassword);
        invitation.accept(clock.instant(), account.id());
        try {
            invitations.flush();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Someone used the same link at the same moment: only one account comes of it.
            throw new InvitationUnusableException("This invitation was just used. Sign in with the account that "
                    + "was created, or ask the library for a new invitation.");
        }
        events.record(
                SecurityEventKind.INVITATION_ACCEPTED,
                account.username(),
                "partner " + invitation.getPartnerId(),
                "invitation " + invitation.getId());
        return account.username();
    }

    /** A former partner's invitations stop working with its people's access. */
    @EventListener
    @Transactional
    public void onPartnerDeactivated(PartnerDeactivated event) {
        Instant now = clock.instant();
        invitations
                .findByPartnerIdAndAcceptedAtIsNullAndRevokedAtIsNull(event.partnerId())
                .forEach(i -> i.revoke(now));
    }

    private Invitation usable(String token) {
        Invitation invitation = token == null || token.isBlank()
                ? null
                : invitations.findByTokenHash(hash(token)).orElse(null);
        InvitationState state = invitation == null ? InvitationState.REVOKED : invitation.stateAt(clock.instant());
        if (state == InvitationState.PENDING) {
            return invitation;
        }
        events.record(
                SecurityEventKind.INVITATION_REFUSED,
                "anonymous",
                invitation == null ? "unknown invitation" : "invitation " + invitation.getId(),
                state.label());
        throw new InvitationUnusableException(
                switch (state) {
                    case EXPIRED ->
                        "This invitation expired on " + Formats.longDate(invitation.getExpiresAt(), zone)
                                + ". Ask the library for a new one.";
                    case ACCEPTED ->
                        "This invitation was already used. Sign in with the account you created, or ask the "
                                + "library for a new invitation.";
                    default ->
                        "This invitation link is not valid: it may have been withdrawn, or mistyped. Ask the library "
                                + "for a new one.";
                });
    }

    private String suggestedUsername(Invitation invitation) {
        String base = invitation.getEmail() != null
                ? invitation
                        .getEmail()
                        .substring(
                                0,
                                invitation.getEmail().indexOf('@') < 0
                                        ? invitation.getEmail().length()
                                        : invitation.getEmail().indexOf('@'))
                : invitation.getDisplayName();
        return base.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", ".").replaceAll("[^a-z0-9._-]", "");
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private void flush() {
        try {
            invitations.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(INVITATION);
        }
    }
}
