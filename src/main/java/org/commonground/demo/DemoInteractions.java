package org.commonground.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.commonground.communityissue.CommunityIssueSummary;
import org.commonground.interaction.FollowUpDraft;
import org.commonground.interaction.Initiator;
import org.commonground.interaction.InteractionForm;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.InteractionService;
import org.commonground.interaction.Theme;
import org.commonground.partner.ContactDetails;
import org.commonground.partner.PartnerService;

/**
 * A year of the demo library's relationship work: meetings, calls, reviews and dialogues with
 * its partners, with notes, topics and follow-ups (some of them overdue), so timelines, "last
 * contact" and home pages have something to show on first start.
 */
final class DemoInteractions {

    private static final String[] ACTIONS = {
        "share the library's community data review", "draft a joint flyer in English and Spanish",
        "look at the branch calendar for a spring program", "bring the question to their board",
        "send the sensor-loan sign-up link", "set up a follow-up call with their outreach lead",
        "check whether the cooling-center hours can be extended", "compare notes on the needs assessment"
    };

    private static final String[] OPENERS = {
        "Good conversation about",
        "Walked through the numbers on",
        "Long discussion of",
        "Quick check-in on",
        "Reviewed progress on",
        "Residents raised"
    };

    private DemoInteractions() {}

    /** Logs the demo interactions; partners by name, staff by demo user name. */
    static int log(
            InteractionService interactions,
            PartnerService partners,
            Map<String, Long> partnerIds,
            Map<String, Long> staff,
            List<CommunityIssueSummary> issues,
            Clock clock) {
        ZoneId zone = clock.getZone();
        Random random = new Random(42);
        LocalDate today = LocalDate.now(clock);
        List<String> names = new ArrayList<>(partnerIds.keySet());
        names.sort(String::compareTo);
        int logged = 0;
        for (int i = 0; i < 72; i++) {
            String name = names.get(random.nextInt(names.size()));
            long partnerId = partnerIds.get(name);
            LocalDate day = today.minusDays(3 + random.nextInt(400));
            InteractionForm form = new InteractionForm();
            form.setKind(kind(random, i));
            form.setDate(day);
            form.setTime(LocalTime.of(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30));
            form.setTimeZone(zone);
            form.setInitiatedBy(random.nextInt(10) < 6 ? Initiator.LIBRARY : Initiator.PARTNER);
            form.setPartnerIds(Set.of(partnerId));
            List<ContactDetails> people = partners.contactsOf(partnerId);
            if (!people.isEmpty()) {
                form.setContactIds(
                        Set.of(people.get(random.nextInt(people.size())).id()));
            }
            String owner = random.nextInt(3) == 0 ? "director" : "staff";
            form.setStaffIds(Set.of(staff.get(owner)));
            CommunityIssueSummary issue = issues.get(random.nextInt(issues.size()));
            form.setIssueIds(Set.of(issue.id()));
            if (random.nextInt(3) == 0) {
                form.setThemes(Set.of(Theme.values()[random.nextInt(Theme.values().length)]));
            }
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            form.setNotes(OPENERS[random.nextInt(OPENERS.length)] + " "
                    + issue.name().toLowerCase() + " with " + name + ". We agreed to " + action + ".");
            if (random.nextInt(4) == 0) {
                LocalDate due = day.plusDays(7 + random.nextInt(21));
                form.setFollowUps(List.of(FollowUpDraft.of(capitalize(action), staff.get(owner), due)));
            }
            interactions.log(form);
            logged++;
        }
        return logged;
    }

    private static InteractionKind kind(Random random, int i) {
        if (i % 17 == 0) {
            return InteractionKind.REVIEW;
        }
        if (i % 13 == 0) {
            return InteractionKind.COMMUNITY_DIALOGUE;
        }
        int roll = random.nextInt(10);
        return roll < 6 ? InteractionKind.MEETING : roll < 9 ? InteractionKind.CALL : InteractionKind.EVENT;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
