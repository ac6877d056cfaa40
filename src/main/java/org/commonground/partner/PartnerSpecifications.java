package org.commonground.partner;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.commonground.shared.Texts;
import org.springframework.data.jpa.domain.Specification;

/** Turns a directory filter into one query, so filtering, sorting and paging all happen in the database. */
final class PartnerSpecifications {

    private PartnerSpecifications() {
    }

    static Specification<Partner> matching(PartnerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String key = Texts.key(filter.search());
            if (!key.isEmpty()) {
                where.add(cb.like(root.get("nameKey"), "%" + escapeLike(key) + "%", '\\'));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.governmentKind() != null) {
                where.add(cb.equal(root.get("governmentKind"), filter.governmentKind()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.relationshipOwnerId() != null) {
                where.add(cb.equal(root.get("relationshipOwnerId"), filter.relationshipOwnerId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** A user typing "%" or "_" means those characters, not wildcards. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
