package org.commonground.partner;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commonground.shared.Texts;
import org.springframework.data.jpa.domain.Specification;

/** Turns a directory filter into one query, so filtering, sorting and paging all happen in the database. */
final class PartnerSpecifications {

    private PartnerSpecifications() {}

    /**
     * @param vettedSince where "vetted within 12 months" starts (vettings at or after it count); used only by
     *                    the vetting filter
     */
    static Specification<Partner> matching(PartnerFilter filter, Instant vettedSince) {
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
            // Each vetting filter is an exists / not exists over the vetting table's (partner, date) index,
            // so a page of the directory still stops after its rows.
            VettingFilter vetting = filter.vetting() == null ? VettingFilter.ANY : filter.vetting();
            switch (vetting) {
                case NOT_VETTED -> where.add(cb.not(cb.exists(vetted(root, query.subquery(Integer.class), cb, null))));
                case WITHIN_12_MONTHS ->
                    where.add(cb.exists(vetted(root, query.subquery(Integer.class), cb, vettedSince)));
                case OLDER_THAN_12_MONTHS -> {
                    where.add(cb.exists(vetted(root, query.subquery(Integer.class), cb, null)));
                    where.add(cb.not(cb.exists(vetted(root, query.subquery(Integer.class), cb, vettedSince))));
                }
                case ANY -> {}
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** A vetting of this partner, at or after {@code since} when given. */
    private static Subquery<Integer> vetted(
            Root<Partner> root, Subquery<Integer> sub, CriteriaBuilder cb, Instant since) {
        Root<VettingDate> vetting = sub.from(VettingDate.class);
        Predicate samePartner = cb.equal(vetting.get("partnerId"), root.get("id"));
        return sub.select(cb.literal(1))
                .where(
                        since == null
                                ? samePartner
                                : cb.and(
                                        samePartner, cb.greaterThanOrEqualTo(vetting.<Instant>get("vettedAt"), since)));
    }

    /** A user typing "%" or "_" means those characters, not wildcards. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
