package org.commonground.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells {@link RecordChanges} which feature's records a transaction wrote. A Spring bean that Hibernate asks
 * Spring for (Boot hands Hibernate Spring's bean container), so with several application contexts in one JVM —
 * the test suite — each context's entities report to that context's database, never to a static "last one".
 * The provider defers the lookup: the entity manager is built before the transaction manager it needs.
 */
@Component
public class RecordChangeListener {

    private final ObjectProvider<RecordChanges> changes;

    public RecordChangeListener(ObjectProvider<RecordChanges> changes) {
        this.changes = changes;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object record) {
        RecordChanges current = changes.getIfAvailable();
        if (current != null) {
            current.touched(record);
        }
    }
}
