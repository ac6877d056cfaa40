package org.commonground.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something a partner user did to a commitment (acknowledged it, moved it, added a note), kept apart from
 * the audit history so staff home pages can list the latest ones cheaply. The history has the details.
 */
@Entity
@Table(name = "commitment_partner_update")
class PartnerUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false)
    private Long commitmentId;

    @Column(nullable = false)
    private Long partnerId;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = 120)
    private String displayName;

    @Column(nullable = false, length = 300)
    private String action;

    @Column(nullable = false)
    private Instant at;

    protected PartnerUpdate() {}

    PartnerUpdate(long commitmentId, long partnerId, String username, String displayName, String action, Instant at) {
        this.commitmentId = commitmentId;
        this.partnerId = partnerId;
        this.username = username;
        this.displayName = displayName;
        this.action = action.length() > 300 ? action.substring(0, 300) : action;
        this.at = at;
    }

    Long getId() {
        return id;
    }

    Long getCommitmentId() {
        return commitmentId;
    }

    Long getPartnerId() {
        return partnerId;
    }

    String getDisplayName() {
        return displayName;
    }

    String getAction() {
        return action;
    }

    Instant getAt() {
        return at;
    }
}
