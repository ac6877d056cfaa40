package org.commonground.commitment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommitmentRepository extends JpaRepository<Commitment, Long>, JpaSpecificationExecutor<Commitment> {

    /** A bulk update of a derived figure: neither an edit nor a version bump. */
    @Modifying(flushAutomatically = true)
    @Query("update Commitment c set c.partnerKind = :kind, c.governmentKind = :body where c.partnerId = :partner")
    void updatePartnerKinds(
            @Param("partner") long partnerId,
            @Param("kind") PartnerKind kind,
            @Param("body") @Nullable GovernmentKind body);

    /**
     * Sums per partner kind, direction, kind and unit of the commitments in force during the period: a few
     * dozen rows however many commitments. The partner table is read only for the kind.
     */
    @Query("""
            select new org.commonground.commitment.KindSum(p.kind, c.direction, c.kind, c.unit, sum(c.amount),
                count(c))
            from Commitment c, org.commonground.partner.Partner p
            where p.id = c.partnerId and c.status in :statuses
              and c.startDate <= :to and (c.endDate is null or c.endDate >= :from)
            group by p.kind, c.direction, c.kind, c.unit""")
    List<KindSum> balanceByPartnerKind(
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("statuses") Collection<CommitmentStatus> statuses);

    /** One page of the partners with commitments in force during the period, by name. */
    @Query("""
            select new org.commonground.partner.PartnerLabel(p.id, p.name, p.kind)
            from org.commonground.partner.Partner p
            where exists (select 1 from Commitment c where c.partnerId = p.id and c.status in :statuses
                  and c.startDate <= :to and (c.endDate is null or c.endDate >= :from))
            order by p.nameKey, p.id""")
    List<PartnerLabel> partnersInForce(
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("statuses") Collection<CommitmentStatus> statuses,
            Pageable page);

    /** Sums per partner, direction, kind and unit, for the given partners. */
    @Query("""
            select new org.commonground.commitment.BalanceSum(c.partnerId, c.direction, c.kind, c.unit, sum(c.amount),
                count(c))
            from Commitment c
            where c.partnerId in :partnerIds and c.status in :statuses and c.startDate <= :to
              and (c.endDate is null or c.endDate >= :from)
            group by c.partnerId, c.direction, c.kind, c.unit""")
    List<BalanceSum> balanceOfPartners(
            @Param("partnerIds") Collection<Long> partnerIds,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("statuses") Collection<CommitmentStatus> statuses);

    /** One commitment, only if it is the given partner's: a partner user's read and write start here. */
    Optional<Commitment> findByIdAndPartnerId(long id, long partnerId);

    /** A partner's commitments whose description contains the text (lower case), newest start first. */
    @Query("""
            select c from Commitment c
            where c.partnerId = :partnerId and (:text is null or lower(c.description) like :text escape '\\')
            order by c.startDate desc, c.id desc""")
    List<Commitment> ofPartner(@Param("partnerId") long partnerId, @Param("text") @Nullable String text, Pageable page);
}
