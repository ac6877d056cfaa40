package org.commonground.partner;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByPartnerIdOrderByFullName(Long partnerId);

    List<Contact> findByPartnerIdInOrderByFullName(Collection<Long> partnerIds);
}
