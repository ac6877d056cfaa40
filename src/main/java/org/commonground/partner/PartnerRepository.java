package org.commonground.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner> {

    List<Partner> findByNameKey(String nameKey);

    @Query("select p.kind as kind, count(p) as partners from Partner p group by p.kind")
    List<KindCount> countByKind();

    List<Partner> findTop10ByRelationshipOwnerIdOrderByUpdatedAtDesc(Long ownerId);

    List<Partner> findTop8ByOrderByUpdatedAtDesc();

    interface KindCount {
        PartnerKind getKind();

        long getPartners();
    }
}
