package org.commonground.mission;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Turns the list's filters into one query. */
final class MissionSpecifications {

    private MissionSpecifications() {}

    static Specification<SharedMission> matching(MissionFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.issueId() != null) {
                where.add(cb.equal(root.get("issueId"), filter.issueId()));
            }
            if (filter.partnerId() != null) {
                where.add(cb.isMember(filter.partnerId(), root.<Collection<Long>>get("signatoryPartnerIds")));
            }
            String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
            for (String word : text.split("\\s+")) {
                if (!word.isEmpty()) {
                    where.add(cb.like(cb.lower(root.get("statement")), "%" + escapeLike(word) + "%", '\\'));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** A user typing "%" or "_" means those characters, not wildcards. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
