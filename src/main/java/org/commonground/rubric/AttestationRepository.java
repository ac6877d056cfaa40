package org.commonground.rubric;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttestationRepository extends JpaRepository<Attestation, Long> {

    List<Attestation> findByIndicatorKeyInOrderByAttestedOnDescIdDesc(Collection<String> indicatorKeys);

    List<Attestation> findByIndicatorKeyOrderByAttestedOnDescIdDesc(String indicatorKey);
}
