package org.commonground.dataimport;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportMappingRepository extends JpaRepository<ImportMapping, Long> {

    Optional<ImportMapping> findByUsernameAndKind(String username, ImportKind kind);
}
