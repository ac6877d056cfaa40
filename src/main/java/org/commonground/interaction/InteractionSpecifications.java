package org.commonground.interaction;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.commonground.partner.Partner;
import org.commonground.shared.Texts;
import org.springframework.data.jpa.domain.Specification;

/**
 * The interactions list's filters as one query. Filtering by partner kind reads the partner
 * table (read-only; partners are still changed only through the partner feature's service).
 */
final class InteractionSpecifications {

    private InteractionSpecifications() {
    }

    static Specification<Interaction> matching(InteractionFilter filter, ZoneId zone) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.partnerId() != null) {
                where.add(cb.isMember(filter.partnerId(), root.<java.util.Collection<Long>>get("partnerIds")));
            }
            if (filter.partnerKind() != null) {
                where.add(cb.exists(partnerOfKind(root, query.subquery(Long.class), cb, filter)));
            }
            if (filter.staffId() != null) {
                where.add(cb.isMember(filter.staffId(), root.<java.util.Collection<Long>>get("staffIds")));
            }
            if (filter.topic() != null && filter.topic().isIssue()) {
                where.add(cb.isMember(filter.topic().issueId(), root.<java.util.Collection<Long>>get("issueIds")));
            } else if (filter.topic() != null) {
                where.add(cb.isMember(filter.topic().theme(), root.<java.util.Collection<Theme>>get("themes")));
            }
            for (String word : SearchTerms.query(filter.text())) {
                where.add(root.get("id").in(withTerm(query.subquery(Long.class), cb, word)));
            }
            String text = Texts.key(filter.text());
            if (!text.isEmpty() && SearchTerms.query(filter.text()).isEmpty()) {
                // Only very short words: no index entry can match them, look in the notes themselves.
                where.add(cb.like(cb.lower(root.get("notes")), "%" + escapeLike(text) + "%", '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Interactions whose notes have a word starting with this one, found in the search index. */
    private static Subquery<Long> withTerm(Subquery<Long> sub, CriteriaBuilder cb, String word) {
        Root<InteractionTerm> term = sub.from(InteractionTerm.class);
        return sub.select(term.get("key").get("interactionId"))
                .where(cb.like(term.get("key").get("term"), escapeLike(word) + "%", '\\'));
    }

    private static Subquery<Long> partnerOfKind(Root<Interaction> root, Subquery<Long> sub, CriteriaBuilder cb,
            InteractionFilter filter) {
        Root<Interaction> correlated = sub.correlate(root);
        Join<Interaction, Long> partnerId = correlated.join("partnerIds");
        Root<Partner> partner = sub.from(Partner.class);
        return sub.select(partner.get("id"))
                .where(cb.equal(partner.get("id"), partnerId), cb.equal(partner.get("kind"), filter.partnerKind()));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
