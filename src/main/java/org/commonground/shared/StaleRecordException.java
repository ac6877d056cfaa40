package org.commonground.shared;

/**
 * Someone else saved the record after this user opened it. The save is refused as a whole;
 * the message tells the user what to do.
 */
public class StaleRecordException extends RuntimeException {

    public StaleRecordException(String recordLabel) {
        super("Someone else changed this " + recordLabel + " after you opened it, so your changes were not saved. "
                + "Reload to see the current version, then make your changes again.");
    }
}
