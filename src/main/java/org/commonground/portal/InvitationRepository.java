package org.commonground.portal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByPartnerIdOrderByCreatedAtDescIdDesc(long partnerId);

    List<Invitation> findByContactIdAndAcceptedAtIsNullAndRevokedAtIsNull(long contactId);

    List<Invitation> findByPartnerIdAndAcceptedAtIsNullAndRevokedAtIsNull(long partnerId);
}
