package org.commonground.dataimport;

/**
 * The user's choices: the date order (when the file's dates need one), whether rows matching a record already
 * there update it or are reported "already present", and whether one bad row stops the whole import.
 */
public record ImportOptions(DateOrder dateOrder, boolean updateExisting, boolean nothingIfAnyBad) {

    public static ImportOptions defaults() {
        return new ImportOptions(null, false, false);
    }
}
