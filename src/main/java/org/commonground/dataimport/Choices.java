package org.commonground.dataimport;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

    /** "A, B or C", as a sentence lists the choices. */
    static <E extends Enum<E>> String list(E[] values, Function<E, String> label) {
        List<String> labels = Arrays.stream(values).map(label).toList();
        return labels.size() < 2
                ? String.join("", labels)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.getLast();
    }
}
