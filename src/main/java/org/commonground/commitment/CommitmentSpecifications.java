package org.commonground.commitment;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The commitments list's filters as one query; "partner kind" reads the partner table. */
final class CommitmentSpecifications {

    static final EnumSet<CommitmentStatus> OPEN = EnumSet.of(CommitmentStatus.PROPOSED, CommitmentStatus.ACTIVE);

    private CommitmentSpecifications() {}

    static Specification<Commitment> matching(CommitmentFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.direction() != null) {
                where.add(cb.equal(root.get("direction"), filter.direction()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.partnerId() != null) {
                where.add(cb.equal(root.get("partnerId"), filter.partnerId()));
            }
            if (filter.missionId() != null) {
                where.add(cb.equal(root.get("missionId"), filter.missionId()));
            }
            if (filter.partnerKind() != null) {
                // Each commitment keeps its partner's kind (kept current when a partner changes kind).
                where.add(cb.equal(root.get("partnerKind"), filter.partnerKind()));
            }
            if (filter.due() != null) {
                where.add(root.get("status").in(OPEN));
                where.add(
                        switch (filter.due()) {
                            case OVERDUE -> cb.lessThan(root.get("endDate"), today);
                            case OVERDUE_OR_NEXT_30_DAYS ->
                                cb.lessThanOrEqualTo(root.get("endDate"), today.plusDays(30));
                            case NEXT_30_DAYS -> cb.between(root.get("endDate"), today, today.plusDays(30));
                            case NEXT_90_DAYS -> cb.between(root.get("endDate"), today, today.plusDays(90));
                        });
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
