package org.commonground.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.commonground.partner.PartnerKind;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of the partner feature's {@code partner} table — id and kind only — for the interactions
 * list's "partner kind" filter, an exists subquery so that filtering and paging stay in the database without
 * this feature reaching the partner feature's entity. Partners are written only by the partner feature.
 */
@Entity(name = "InteractionPartnerKind")
@Table(name = "partner")
@Immutable
class PartnerKindOf {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private PartnerKind kind;

    protected PartnerKindOf() {}
}
