package org.commonground.shared;

/** A record that does not exist, or that the caller may not see: both answer "not found". */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordLabel, Object id) {
        super("No " + recordLabel + " with id " + id + " was found.");
    }
}
