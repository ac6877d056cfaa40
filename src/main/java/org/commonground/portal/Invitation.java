package org.commonground.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import org.commonground.shared.AuditedEntity;

/**
 * A single-use link for a partner contact to create their portal account. Only the token's SHA-256 is
 * stored; the link itself is shown once to the person who invited. The organization's name and the contact's
 * are copied in, so the acceptance page (before anyone has signed in) needs nothing of the directory.
 */
@Entity
public class Invitation extends AuditedEntity {

    @Column(nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private Long partnerId;

    @Column(nullable = false, length = 200)
    private String partnerName;

    private Long contactId;

    @Column(nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant acceptedAt;

    private Long acceptedUserId;

    private Instant revokedAt;

    protected Invitation() {}

    Invitation(
            String tokenHash,
            long partnerId,
            String partnerName,
            Long contactId,
            String displayName,
            String email,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.partnerId = partnerId;
        this.partnerName = partnerName;
        this.contactId = contactId;
        this.displayName = displayName;
        this.email = email;
        this.expiresAt = expiresAt;
    }

    InvitationState stateAt(Instant now) {
        if (acceptedAt != null) {
            return InvitationState.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationState.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationState.PENDING : InvitationState.EXPIRED;
    }

    void accept(Instant now, long userId) {
        acceptedAt = now;
        acceptedUserId = userId;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
