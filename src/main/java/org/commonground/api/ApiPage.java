package org.commonground.api;

import java.util.List;

/**
 * One page of a list: {@code page} counts from 0. {@code hasMore} is false on the last page; when true, the
 * next page may still turn out empty (a full page cannot tell). Lists are not counted: a count reads every
 * match, where a page stops at its size.
 */
public record ApiPage<T>(int page, int size, boolean hasMore, List<T> items) {

    /** A page as the service read it: a full one may have a next. */
    static <T> ApiPage<T> of(int page, int size, List<T> read) {
        return new ApiPage<>(page, size, read.size() >= size, read);
    }

    /** A page of a list the service already bounded (a partner user's own records). */
    static <T> ApiPage<T> slice(int page, int size, List<T> all) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new ApiPage<>(page, size, to < all.size(), List.copyOf(all.subList(from, to)));
    }
}
