package org.commonground.rubric;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttestationFileRepository extends JpaRepository<AttestationFile, Long> {}
