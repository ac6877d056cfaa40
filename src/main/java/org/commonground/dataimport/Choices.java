package org.commonground.dataimport;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a choice (partner kind, status…) written by its label or its code, ignoring case and punctuation. */
final class Choices {

    private Choices() {}

    static <E extends Enum<E>> Optional<E> parse(
            String text, E[] values, Function<E, String> label, Map<String, E> aliases) {
        String n = ImportField.normalize(text);
        for (E value : values) {
            if (n.equals(ImportField.normalize(value.name())) || n.equals(ImportField.normalize(label.apply(value)))) {
                return Optional.of(value);
            }
        }
        return Optional.ofNullable(aliases.get(n));
    }

    static <E extends Enum<E>> String list(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).collect(Collectors.joining(", "));
    }
}
