package org.commonground.interaction;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    @Query("""
            select f from FollowUp f join fetch f.interaction
            where f.doneAt is null and f.ownerId = :ownerId
            order by f.dueDate, f.id""")
    List<FollowUp> openFor(@Param("ownerId") long ownerId);

    @Query("""
            select f from FollowUp f join fetch f.interaction
            where f.doneAt is null
            order by f.dueDate, f.id""")
    List<FollowUp> allOpen();
}
