package org.commonground.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRepository extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

    List<Partner> findByNameKey(String nameKey);

    /** A bulk update: a derived figure, so it neither bumps the version nor counts as an edit. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update Partner p set p.lastContactAt = :at, p.firstContactOn = :first where p.id = :id")
    void updateContacts(
            @Param("id") long id, @Param("at") @Nullable Instant at, @Param("first") @Nullable LocalDate first);

    @Query("select p.kind as kind, count(p) as partners from Partner p group by p.kind")
    List<KindCount> countByKind();

    @Query("select new org.commonground.partner.PartnerLabel(p.id, p.name, p.kind) from Partner p")
    List<PartnerLabel> allLabels();

    @Query("select new org.commonground.partner.PartnerLabel(p.id, p.name, p.kind) from Partner p where p.id in :ids")
    List<PartnerLabel> labelsOf(@Param("ids") Collection<Long> ids);

    List<Partner> findTop10ByRelationshipOwnerIdOrderByUpdatedAtDesc(Long ownerId);

    List<Partner> findTop8ByOrderByUpdatedAtDesc();

    @Query(
            "select new org.commonground.partner.PartnerKey(p.id, p.name, p.nameKey, p.kind, p.externalId) from Partner p")
    List<PartnerKey> allKeys();

    interface KindCount {
        PartnerKind getKind();

        long getPartners();
    }
}
