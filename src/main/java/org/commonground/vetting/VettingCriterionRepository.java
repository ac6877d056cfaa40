package org.commonground.vetting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VettingCriterionRepository extends JpaRepository<VettingCriterion, Long> {

    Optional<VettingCriterion> findByNameKey(String nameKey);

    List<VettingCriterion> findAllByOrderByDisplayOrderAscIdAsc();

    List<VettingCriterion> findByRetiredFalseOrderByDisplayOrderAscIdAsc();

    boolean existsByRetiredFalse();

    @Query("select coalesce(max(c.displayOrder), 0) from VettingCriterion c")
    int lastDisplayOrder();
}
