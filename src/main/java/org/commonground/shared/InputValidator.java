package org.commonground.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Runs Bean Validation in services, so every entry point (form, import, API) gets the same rules. */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidInputException} naming each invalid field; extra holds cross-field messages. */
    public void check(Object input, Map<String, String> extra) {
        Map<String, String> messages = new LinkedHashMap<>();
        validator.validate(input).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> messages.putIfAbsent(v.getPropertyPath().toString(), message(v)));
        extra.forEach(messages::putIfAbsent);
        if (!messages.isEmpty()) {
            throw new InvalidInputException(messages);
        }
    }

    public void check(Object input) {
        check(input, Map.of());
    }

    private static String message(ConstraintViolation<?> violation) {
        return violation.getMessage();
    }
}
