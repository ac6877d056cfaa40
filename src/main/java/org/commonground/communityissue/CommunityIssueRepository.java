package org.commonground.communityissue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommunityIssueRepository extends JpaRepository<CommunityIssue, Long> {

    Optional<CommunityIssue> findByNameKey(String nameKey);

    /** High first (enum order), then by name. */
    List<CommunityIssue> findAllByOrderByPriorityAscNameKeyAsc();
}
