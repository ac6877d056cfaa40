package org.commonground.rubric.rule;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an indicator's rule looks at, as the rubric data states it (record kinds, partner kinds, themes…).
 * Typed readers fail with a message naming the key when a value does not fit, so a mistake in the rubric
 * data stops the application at start-up instead of scoring silently wrong.
 */
public final class Criteria {

    private final Map<String, Object> values;

    public Criteria(Map<String, Object> values) {
        this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
    }

    public static Criteria none() {
        return new Criteria(Map.of());
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public <E extends Enum<E>> Set<E> enums(String key, Class<E> type) {
        Object value = values.get(key);
        if (value == null) {
            return Set.of();
        }
        if (!(value instanceof Collection<?> list)) {
            throw new IllegalArgumentException("criteria." + key + " must be a list of " + type.getSimpleName());
        }
        Set<E> result = EnumSet.noneOf(type);
        for (Object item : list) {
            result.add(one(key, String.valueOf(item), type));
        }
        return result;
    }

    public <E extends Enum<E>> E oneOf(String key, Class<E> type) {
        Object value = values.get(key);
        return value == null ? null : one(key, String.valueOf(value), type);
    }

    public boolean flag(String key) {
        Object value = values.get(key);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean b)) {
            throw new IllegalArgumentException("criteria." + key + " must be true or false");
        }
        return b;
    }

    public int number(String key) {
        Object value = values.get(key);
        if (value == null) {
            return 0;
        }
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException("criteria." + key + " must be a number");
        }
        return n.intValue();
    }

    /** A list of nested criteria (e.g. the groups of "interactions-with-each"). */
    @SuppressWarnings("unchecked")
    public List<Criteria> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> items)) {
            throw new IllegalArgumentException("criteria." + key + " must be a list");
        }
        return items.stream()
                .map(item -> {
                    if (!(item instanceof Map<?, ?> map)) {
                        throw new IllegalArgumentException("each of criteria." + key + " must be a map");
                    }
                    return new Criteria((Map<String, Object>) map);
                })
                .toList();
    }

    /** The value as the rubric data wrote it. */
    public Object raw(String key) {
        return values.get(key);
    }

    /** These criteria without some keys. */
    public Criteria without(String... keys) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        for (String key : keys) {
            copy.remove(key);
        }
        return new Criteria(copy);
    }

    public String text(String key) {
        Object value = values.get(key);
        return value == null ? null : String.valueOf(value);
    }

    private static <E extends Enum<E>> E one(String key, String name, Class<E> type) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "criteria." + key + ": \"" + name + "\" is not one of " + EnumSet.allOf(type), e);
        }
    }
}
