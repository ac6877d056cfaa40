package org.commonground.interaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InteractionRepository extends JpaRepository<Interaction, Long>, JpaSpecificationExecutor<Interaction> {

    @Query("""
            select max(i.occurredAt) from Interaction i join i.partnerIds p
            where p = :partnerId and i.occurredAt <= :now""")
    Optional<Instant> lastContact(@Param("partnerId") long partnerId, @Param("now") Instant now);

    /** A partner's timeline, newest first; driven by the partner index of interaction_partner. */
    @Query("""
            select i from Interaction i join i.partnerIds p
            where p = :partnerId
              and (:kind is null or i.kind = :kind)
              and (:issueId is null or :issueId member of i.issueIds)
              and (:theme is null or :theme member of i.themes)
            order by i.occurredAt desc, i.id desc""")
    List<Interaction> timeline(@Param("partnerId") long partnerId, @Param("kind") InteractionKind kind,
            @Param("issueId") Long issueId, @Param("theme") Theme theme, Pageable pageable);
}
