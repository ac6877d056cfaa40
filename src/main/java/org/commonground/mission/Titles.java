package org.commonground.mission;

/** A mission is known by the start of its statement. */
final class Titles {

    static final int LENGTH = 80;

    private Titles() {}

    static String of(String statement) {
        if (statement == null) {
            return "";
        }
        String flat = statement.replaceAll("\\s+", " ").strip();
        return flat.length() <= LENGTH ? flat : flat.substring(0, LENGTH - 1).strip() + "…";
    }
}
