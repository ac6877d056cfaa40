package org.commonground.rubric.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.commonground.commitment.CommitmentKind;
import org.commonground.communityissue.IssuePriority;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.Theme;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;

/** The pieces of the sentences that explain rules to library staff. */
final class Words {

    private Words() {}

    static String or(Collection<String> items) {
        return join(new ArrayList<>(items), "or");
    }

    static String and(Collection<String> items) {
        return join(new ArrayList<>(items), "and");
    }

    private static String join(List<String> items, String word) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + word + " " + items.getLast();
    }

    /** Lower case for use mid-sentence, keeping acronyms: "STEM programming" stays, "Racial equity" → "racial equity". */
    static String lower(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean acronym = word.length() > 1
                    && word.equals(word.toUpperCase(Locale.ROOT))
                    && word.chars().anyMatch(Character::isLetter);
            out.append(acronym ? word : word.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    static String interactionKinds(Collection<InteractionKind> kinds, boolean many) {
        if (kinds.isEmpty()) {
            return many ? "interactions" : "interaction";
        }
        return or(kinds.stream()
                .sorted()
                .map(k -> lower(k.label()) + (many ? "s" : ""))
                .toList());
    }

    static String partnerKinds(Collection<PartnerKind> kinds) {
        return or(kinds.stream().sorted().map(Words::partnerKind).toList());
    }

    static String partnerKind(PartnerKind kind) {
        return switch (kind) {
            case GOVERNMENT -> "local government";
            case DEI_ORGANIZATION -> "DEI organizations";
            case SCIENCE_LEADER -> "science leaders";
            case OTHER -> "other partners";
        };
    }

    static String governmentKinds(Collection<GovernmentKind> kinds) {
        return or(kinds.stream()
                .sorted()
                .map(k -> switch (k) {
                    case EXECUTIVE -> "the executive branch";
                    case AGENCY -> "an agency";
                    case COUNCIL -> "the council";
                    case OTHER -> "another government body";
                })
                .toList());
    }

    static String themes(Collection<Theme> themes) {
        return or(themes.stream().sorted().map(t -> lower(t.label())).toList());
    }

    static String commitmentKinds(Collection<CommitmentKind> kinds) {
        return or(kinds.stream().sorted().map(k -> lower(k.label())).toList());
    }

    static String priorities(Collection<IssuePriority> priorities) {
        return or(priorities.stream().sorted().map(p -> lower(p.label())).toList()) + "-priority";
    }

    static String window(int months) {
        return months == 12 ? "the last 12 months" : "the last " + months + " " + plural(months, "month", "months");
    }
}
