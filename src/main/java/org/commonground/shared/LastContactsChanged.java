package org.commonground.shared;

import java.util.List;

/**
 * Many partners' logged contacts changed at once (an import): the same as one {@link LastContactChanged} each,
 * applied together after the import's rows are flushed.
 */
public record LastContactsChanged(List<LastContactChanged> changes) {

    public LastContactsChanged {
        changes = List.copyOf(changes);
    }
}
