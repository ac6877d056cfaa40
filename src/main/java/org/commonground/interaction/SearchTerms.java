package org.commonground.interaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of an interaction's notes as the search index keeps them: lower case, letters and
 * digits only, at least three characters, common English words left out. Searching matches the
 * start of an indexed word ("flood" finds "flooding"), every searched word must match.
 */
public final class SearchTerms {

    static final int MAX_LENGTH = 40;
    static final int MIN_LENGTH = 3;

    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "with", "that", "this", "was", "were", "are", "but", "not", "you", "they", "their",
            "them", "our", "ours", "his", "her", "she", "him", "its", "had", "has", "have", "from", "about", "into",
            "out", "will", "would", "could", "should", "can", "all", "any", "who", "what", "when", "where", "which",
            "how", "why", "there", "here", "then", "than", "also", "just", "some", "more", "most", "very", "been",
            "being", "did", "does", "each", "other", "over", "such", "only", "own", "same", "too", "off", "onto",
            "upon", "per", "via");

    private SearchTerms() {}

    /** The distinct terms to index for a text. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (!STOP_WORDS.contains(word)) {
                terms.add(word);
            }
        }
        return terms;
    }

    /** The words of a search, in the same form as the index; empty if only short or common words. */
    static List<String> query(String text) {
        return List.copyOf(of(text));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= MIN_LENGTH) {
                words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
        return words;
    }
}
