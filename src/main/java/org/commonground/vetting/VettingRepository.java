package org.commonground.vetting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VettingRepository extends JpaRepository<Vetting, Long> {

    /** A partner's vettings, newest first. */
    List<Vetting> findByPartnerIdOrderByVettedAtDescIdDesc(long partnerId);

    Optional<Vetting> findFirstByPartnerIdOrderByVettedAtDescIdDesc(long partnerId);

    @Query("select distinct v.partnerId from Vetting v where v.vettedAt >= :since")
    Set<Long> partnersVettedSince(@Param("since") Instant since);

    @Query("select distinct a.criterionId from VettingAnswer a")
    Set<Long> usedCriterionIds();

    @Query("select count(a) > 0 from VettingAnswer a where a.criterionId = :criterionId")
    boolean criterionUsed(@Param("criterionId") long criterionId);
}
