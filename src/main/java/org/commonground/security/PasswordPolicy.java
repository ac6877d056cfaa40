package org.commonground.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least 12 characters, or a passphrase of four or more words; not the
 * user name; not one of the common passwords shipped with the app ({@code security/common-passwords.txt}),
 * even with digits, symbols or spaces around it; not a run or a sequence. No rules about character
 * classes: length is what makes a password strong, and people remember sentences.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final int PASSPHRASE_WORDS = 4;
    /** bcrypt reads at most 72 bytes: a longer password would be cut without a word. */
    static final int MAX_BYTES = 72;

    public static final String HINT = "At least 12 characters, or four words or more; a short sentence works well.";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load("security/common-passwords.txt");
    }

    /** Why this password may not be used, in words for the person choosing it; empty when it may. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("Choose a password.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("The password is too long: at most 72 characters (fewer with accented letters).");
        }
        if (password.length() < MIN_LENGTH && !isPassphrase(password)) {
            return Optional.of("Choose a password of at least " + MIN_LENGTH + " characters, or a passphrase of "
                    + PASSPHRASE_WORDS + " words or more.");
        }
        String compact = password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String user = username == null ? "" : username.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String alnum = compact.replaceAll("[^\\p{L}\\p{N}]", "");
        if (!user.isEmpty()
                && (alnum.equals(user) || alnum.equals(reversed(user)) || user.length() >= 4 && alnum.contains(user))) {
            return Optional.of("The password must not be or contain your user name.");
        }
        String letters = compact.replaceAll("[^\\p{L}]", "");
        if (common.contains(compact) || common.contains(alnum) || letters.length() >= 3 && common.contains(letters)) {
            return Optional.of("This is one of the most common passwords, which attackers try first. Choose "
                    + "another; a short sentence of your own works well.");
        }
        if (compact.chars().distinct().count() < 4 || isSequence(alnum) || isRepetition(compact)) {
            return Optional.of("The password repeats or counts through the same few characters. Choose another.");
        }
        return Optional.empty();
    }

    /** Four or more words of two letters or more, separated by spaces. */
    static boolean isPassphrase(String password) {
        String[] words = password.strip().split("\\s+");
        if (words.length < PASSPHRASE_WORDS) {
            return false;
        }
        for (String word : words) {
            if (word.replaceAll("[^\\p{L}]", "").length() < 2) {
                return false;
            }
        }
        return true;
    }

    /** Like "123456789012", "abcdefghijkl" or "987654321098": each character one step from the last. */
    private static boolean isSequence(String text) {
        if (text.length() < 6) {
            return false;
        }
        int step = 0;
        for (int i = 1; i < text.length(); i++) {
            int d = text.charAt(i) - text.charAt(i - 1);
            if (Character.isDigit(text.charAt(i)) && Math.abs(d) == 9) {
                d = -Integer.signum(d); // 9 → 0 and 0 → 9 wrap around
            }
            if (Math.abs(d) != 1 || step != 0 && d != step) {
                return false;
            }
            step = d;
        }
        return true;
    }

    /** Like "footballfootball" or "abc1abc1abc1": one piece said again and again. */
    private static boolean isRepetition(String text) {
        int length = text.length();
        for (int period = 1; period <= length / 2; period++) {
            if (length % period == 0
                    && text.substring(0, period).repeat(length / period).equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list " + resource + " is missing", e);
        }
        return Set.copyOf(words);
    }
}
