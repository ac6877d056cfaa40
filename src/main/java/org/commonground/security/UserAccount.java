package org.commonground.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.commonground.shared.AuditedEntity;

/**
 * A person who signs in. A PARTNER user belongs to exactly one partner organization
 * (held as an id: the partner feature owns partners, security only needs the link).
 */
@Entity
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    private Long partnerId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private boolean mustChangePassword;

    private Instant lastSignInAt;

    /** Consecutive failed sign-ins since the last success or lock; changed by bulk updates only. */
    @Column(nullable = false)
    private int failedSignIns;

    private Instant lockedUntil;

    /** The contact of the partner organization this user is, when invited as one. */
    private Long contactId;

    private Instant deactivatedAt;

    protected UserAccount() {}

    public UserAccount(String username, String displayName, Role role, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    void setLastSignInAt(Instant lastSignInAt) {
        this.lastSignInAt = lastSignInAt;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /** Whether sign-in is refused at {@code now} because of too many failed attempts. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void unlock() {
        lockedUntil = null;
        failedSignIns = 0;
    }

    public Long getContactId() {
        return contactId;
    }

    void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    void deactivate(Instant now) {
        enabled = false;
        deactivatedAt = now;
    }

    void reactivate() {
        enabled = true;
        deactivatedAt = null;
    }

    void setRole(Role role) {
        this.role = role;
    }
}
