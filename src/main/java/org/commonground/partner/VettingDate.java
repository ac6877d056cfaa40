package org.commonground.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of the vetting feature's {@code vetting} table — partner and date only — for the
 * directory's vetting filter, an exists subquery so that filtering and paging stay in the database.
 * Vettings are recorded only through the vetting feature's service; mapping just these columns here
 * keeps the partner feature from depending on the vetting feature (which depends on partners).
 */
@Entity(name = "PartnerVettingDate")
@Table(name = "vetting")
@Immutable
class VettingDate {

    @Id
    private Long id;

    // Same logical names as the vetting feature's entity, so Hibernate sees one column each.
    @Column(insertable = false, updatable = false)
    private Long partnerId;

    @Column(insertable = false, updatable = false)
    private Instant vettedAt;

    protected VettingDate() {}
}
