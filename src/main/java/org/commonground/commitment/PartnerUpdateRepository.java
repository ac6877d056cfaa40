package org.commonground.commitment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerUpdateRepository extends JpaRepository<PartnerUpdate, Long> {

    List<PartnerUpdate> findByAtAfterOrderByAtDescIdDesc(Instant since, Pageable page);
}
