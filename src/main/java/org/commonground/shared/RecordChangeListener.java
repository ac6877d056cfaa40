package org.commonground.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells {@link RecordChanges} which feature's records a transaction wrote. */
public class RecordChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object record) {
        RecordChanges changes = RecordChanges.instance();
        if (changes != null) {
            changes.touched(record);
        }
    }
}
