package org.commonground.shared;

import java.util.Map;

/**
 * Input a service refused, with one message per field (field name to message), so a form
 * can show each message on its field and an import can name the column.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldMessages;

    public InvalidInputException(Map<String, String> fieldMessages) {
        super(String.join(" ", fieldMessages.values()));
        this.fieldMessages = Map.copyOf(fieldMessages);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
