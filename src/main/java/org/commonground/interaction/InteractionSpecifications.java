package org.commonground.interaction;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.commonground.shared.Texts;
import org.springframework.data.jpa.domain.Specification;

/**
 * The interactions list's filters as one query. Filtering by partner kind reads the partner
 * table (read-only; partners are still changed only through the partner feature's service).
 */
final class InteractionSpecifications {

    private InteractionSpecifications() {}

    static Specification<Interaction> matching(InteractionFilter filter, ZoneId zone) {
        return matching(filter, zone, null);
    }

    /**
     * @param driver a searched word to read through the word index first; null to test every word on
     *     interactions walked newest first (right when every word is common: a page fills quickly)
     */
    static Specification<Interaction> matching(InteractionFilter filter, ZoneId zone, String driver) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(
                        root.get("occurredAt"), filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(
                        root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            // Each link filter is "exists (a row in the link table for this interaction)": PostgreSQL turns it
            // into a semi-join over the link table's index, and a page stops after 50 matches. A member-of
            // test was probed per interaction (0.4–0.7 s at 200,000 interactions).
            if (filter.partnerId() != null) {
                // One partner has few interactions: read them through the partner's index and sort those,
                // rather than walk all interactions by date testing each (0.6 s on H2).
                where.add(cb.equal(root.join("partnerIds"), filter.partnerId()));
            }
            if (filter.partnerKind() != null) {
                where.add(cb.exists(withPartnerOfKind(root, query.subquery(Integer.class), cb, filter)));
            }
            if (filter.staffId() != null) {
                where.add(cb.exists(withLink(root, query.subquery(Integer.class), cb, "staffIds", filter.staffId())));
            }
            if (filter.topic() != null && filter.topic().isIssue()) {
                where.add(cb.exists(withLink(
                        root,
                        query.subquery(Integer.class),
                        cb,
                        "issueIds",
                        filter.topic().issueId())));
            } else if (filter.topic() != null) {
                where.add(cb.exists(withLink(
                        root,
                        query.subquery(Integer.class),
                        cb,
                        "themes",
                        filter.topic().theme())));
            }
            List<String> words = SearchTerms.query(filter.text());
            if (driver != null && words.contains(driver)) {
                // The rarest word has few index entries: start from those interactions through the index
                // (a word that is nowhere then costs nothing), and test the other words on each.
                Root<InteractionTerm> term = query.from(InteractionTerm.class);
                where.add(cb.equal(term.get("key").get("interactionId"), root.get("id")));
                where.add(cb.like(term.get("key").get("term"), escapeLike(driver) + "%", '\\'));
                words = words.stream().filter(w -> !w.equals(driver)).toList();
                query.distinct(true); // "cool" may match both "cool" and "cooling" in one note
            }
            for (String word : words) {
                where.add(cb.exists(withTerm(root, query.subquery(Integer.class), cb, word)));
            }
            String text = Texts.key(filter.text());
            if (!text.isEmpty() && SearchTerms.query(filter.text()).isEmpty()) {
                // Only very short words: no index entry can match them, look in the notes themselves.
                where.add(cb.like(cb.lower(root.get("notes")), "%" + escapeLike(text) + "%", '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * Strictly after (older than) the given interaction in the list's order, newest first: the next chunk of an
     * export reads from where the last one stopped through the date index, never by an ever larger offset.
     */
    static Specification<Interaction> olderThan(Instant at, long id) {
        // "at or before, and (before, or a lower id)": the first part is a plain range, which H2 and PostgreSQL
        // read through the date index; an "or" at the top made H2 scan and sort every interaction per chunk.
        return (root, query, cb) -> cb.and(
                cb.lessThanOrEqualTo(root.get("occurredAt"), at),
                cb.or(cb.lessThan(root.get("occurredAt"), at), cb.lessThan(root.get("id"), id)));
    }

    /** The interaction's notes have a word starting with this one, found in the search index. */
    private static Subquery<Integer> withTerm(
            Root<Interaction> root, Subquery<Integer> sub, CriteriaBuilder cb, String word) {
        Root<InteractionTerm> term = sub.from(InteractionTerm.class);
        return sub.select(cb.literal(1))
                .where(
                        cb.equal(term.get("key").get("interactionId"), root.get("id")),
                        cb.like(term.get("key").get("term"), escapeLike(word) + "%", '\\'));
    }

    /** The interaction's link collection (partners, staff, issues, themes) holds the value. */
    private static Subquery<Integer> withLink(
            Root<Interaction> root, Subquery<Integer> sub, CriteriaBuilder cb, String collection, Object value) {
        Join<Interaction, Object> link = sub.correlate(root).join(collection);
        return sub.select(cb.literal(1)).where(cb.equal(link, value));
    }

    private static Subquery<Integer> withPartnerOfKind(
            Root<Interaction> root, Subquery<Integer> sub, CriteriaBuilder cb, InteractionFilter filter) {
        Join<Interaction, Long> partnerId = sub.correlate(root).join("partnerIds");
        Root<PartnerKindOf> partner = sub.from(PartnerKindOf.class);
        return sub.select(cb.literal(1))
                .where(cb.equal(partner.get("id"), partnerId), cb.equal(partner.get("kind"), filter.partnerKind()));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
