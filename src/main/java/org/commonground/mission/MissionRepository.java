package org.commonground.mission;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MissionRepository extends JpaRepository<SharedMission, Long>, JpaSpecificationExecutor<SharedMission> {

    /** The missions a partner signed, driven by the partner index of shared_mission_partner. */
    @Query("""
            select m from SharedMission m join m.signatoryPartnerIds p
            where p = :partnerId
            order by m.status, m.updatedAt desc, m.id desc""")
    List<SharedMission> withSignatory(@Param("partnerId") long partnerId);

    /** The missions a partner signed whose statement contains the text (lower case; null for any). */
    @Query("""
            select m from SharedMission m join m.signatoryPartnerIds p
            where p = :partnerId and (:text is null or lower(m.statement) like :text escape '\\')
            order by m.status, m.updatedAt desc, m.id desc""")
    List<SharedMission> signedBy(@Param("partnerId") long partnerId, @Param("text") @Nullable String text);

    /** One mission, only if the partner signed it: a partner user's read starts here. */
    @Query("select m from SharedMission m join m.signatoryPartnerIds p where m.id = :id and p = :partnerId")
    Optional<SharedMission> findSignedBy(@Param("id") long id, @Param("partnerId") long partnerId);

    @EntityGraph(attributePaths = "signatoryPartnerIds")
    List<SharedMission> findByStatusInOrderByIdAsc(Collection<MissionStatus> statuses);
}
