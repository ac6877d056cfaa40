package org.commonground.security;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findByOrderByAtDescIdDesc(Pageable page);

    List<SecurityEvent> findByKindAndUsernameOrderByAtDesc(SecurityEventKind kind, String username);
}
