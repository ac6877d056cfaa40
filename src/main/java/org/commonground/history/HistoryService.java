package org.commonground.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads Hibernate Envers' audit tables and turns consecutive snapshots of a record into readable
 * changes ("Status: Prospective → Active"). Features call it from their own services, which decide
 * who may see which record's history.
 */
@Service
public class HistoryService {

    private final EntityManager entityManager;

    HistoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The history of one record, newest first.
     *
     * @param label  how the record is named in each entry (e.g. the contact's name)
     * @param fields the fields to compare, in display order
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public <T> List<HistoryEntry> of(
            Class<T> type, Object id, Function<T, String> label, List<HistoryField<T>> fields) {
        return of(type, AuditEntity.id().eq(id), label, fields);
    }

    /** The history of all records of a type whose property equals a value (e.g. a partner's contacts). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public <T> List<HistoryEntry> ofRelated(
            Class<T> type, String property, Object value, Function<T, String> label, List<HistoryField<T>> fields) {
        return of(type, AuditEntity.relatedId(property).eq(value), label, fields);
    }

    @SuppressWarnings("unchecked")
    private <T> List<HistoryEntry> of(
            Class<T> type, AuditCriterion criterion, Function<T, String> label, List<HistoryField<T>> fields) {
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<Object, T> previousById = new HashMap<>();
        for (Object[] row : rows) {
            T state = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type0 = (RevisionType) row[2];
            Object id = entityManager
                    .getEntityManagerFactory()
                    .getPersistenceUnitUtil()
                    .getIdentifier(state);
            T previous = previousById.put(id, state);
            Instant at = Instant.ofEpochMilli(revision.getTimestamp());
            String by = revision.getUsername();
            switch (type0) {
                case ADD ->
                    entries.add(new HistoryEntry(
                            at, by, HistoryEntry.Kind.CREATED, label.apply(state), values(state, fields)));
                case MOD -> {
                    List<HistoryEntry.FieldChange> changes =
                            previous == null ? values(state, fields) : differences(previous, state, fields);
                    if (!changes.isEmpty()) {
                        entries.add(new HistoryEntry(at, by, HistoryEntry.Kind.CHANGED, label.apply(state), changes));
                    }
                }
                case DEL ->
                    entries.add(new HistoryEntry(
                            at,
                            by,
                            HistoryEntry.Kind.DELETED,
                            label.apply(previous != null ? previous : state),
                            List.of()));
            }
        }
        Collections.reverse(entries);
        return entries;
    }

    private static <T> List<HistoryEntry.FieldChange> values(T state, List<HistoryField<T>> fields) {
        List<HistoryEntry.FieldChange> values = new ArrayList<>();
        for (HistoryField<T> field : fields) {
            String value = text(field.value().apply(state));
            if (!value.isEmpty()) {
                values.add(new HistoryEntry.FieldChange(field.label(), "", value));
            }
        }
        return values;
    }

    private static <T> List<HistoryEntry.FieldChange> differences(T before, T after, List<HistoryField<T>> fields) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        for (HistoryField<T> field : fields) {
            String old = text(field.value().apply(before));
            String now = text(field.value().apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new HistoryEntry.FieldChange(field.label(), old, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
