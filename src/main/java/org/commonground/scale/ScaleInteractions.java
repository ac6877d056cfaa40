package org.commonground.scale;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonground.interaction.InteractionKind;
import org.commonground.interaction.SearchTerms;
import org.commonground.interaction.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes N interactions over the last three years with partners, contacts of those partners,
 * staff present, topics, notes and follow-ups, as JDBC batches (see {@link ScaleDataGenerator}).
 */
final class ScaleInteractions {

    private static final Logger log = LoggerFactory.getLogger(ScaleInteractions.class);
    private static final int BATCH = 2000;
    private static final String BY = "scale-data";
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");

    /** Everyday words: most are not indexed (see SearchTerms), as in real notes. */
    private static final List<String> COMMON = List.of(
            "the", "and", "with", "we", "to", "of", "for", "about", "they", "will", "on", "at", "in", "a", "is", "that",
            "their", "our", "from", "next", "week", "month", "talked", "meeting", "asked", "said", "good", "need",
            "more", "people");

    /** Domain words: each appears in a few percent of notes; the benchmark searches for some of them. */
    static final List<String> WORDS = List.of(
            "flooding",
            "stormwater",
            "basement",
            "heat",
            "cooling",
            "center",
            "air",
            "quality",
            "sensor",
            "asthma",
            "lead",
            "pipes",
            "water",
            "testing",
            "residents",
            "families",
            "youth",
            "seniors",
            "library",
            "branch",
            "program",
            "workshop",
            "grant",
            "budget",
            "council",
            "agency",
            "equity",
            "access",
            "translation",
            "Spanish",
            "outreach",
            "survey",
            "data",
            "map",
            "neighborhood",
            "trees",
            "canopy",
            "garden",
            "food",
            "pantry",
            "broadband",
            "hotspot",
            "museum",
            "university",
            "lab",
            "volunteers",
            "schedule",
            "follow",
            "agreed",
            "plan",
            "review",
            "partners",
            "dialogue",
            "assessment",
            "policy",
            "evaluation",
            "measures",
            "shared",
            "mission",
            "commitment",
            "staff",
            "space",
            "funding");

    private final JdbcTemplate jdbc;
    private final Random random;
    private final Clock clock;

    ScaleInteractions(JdbcTemplate jdbc, Random random, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.random = random;
    }

    /** @return how many follow-ups were written */
    int write(int count, int partners, long[] firstContact, int[] contacts, List<Long> staff, List<Long> issues) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> partnerLinks = new ArrayList<>();
        List<Object[]> contactLinks = new ArrayList<>();
        List<Object[]> staffLinks = new ArrayList<>();
        List<Object[]> issueLinks = new ArrayList<>();
        List<Object[]> themeLinks = new ArrayList<>();
        List<Object[]> followUps = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        long followUpId = 0;
        InteractionKind[] kinds = InteractionKind.values();
        for (long id = 1; id <= count; id++) {
            Instant at = now.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
            InteractionKind kind =
                    random.nextInt(10) < 5 ? InteractionKind.MEETING : kinds[random.nextInt(kinds.length)];
            Timestamp when = Timestamp.from(at);
            String notes = notes();
            rows.add(new Object[] {
                id,
                kind.name(),
                when,
                Date.valueOf(at.atZone(ZONE).toLocalDate()),
                ZONE.getId(),
                random.nextInt(10) < 6 ? "LIBRARY" : "PARTNER",
                notes,
                random.nextInt(5) == 0,
                when,
                when
            });
            for (String term : SearchTerms.of(notes)) {
                terms.add(new Object[] {id, term});
            }
            int first = random.nextInt(partners);
            partnerLinks.add(new Object[] {id, first + 1L});
            if (random.nextInt(4) == 0) {
                int second = (first + 1 + random.nextInt(partners - 1)) % partners;
                partnerLinks.add(new Object[] {id, second + 1L});
            }
            if (contacts[first] > 0 && random.nextInt(3) > 0) {
                contactLinks.add(new Object[] {id, firstContact[first] + random.nextInt(contacts[first])});
            }
            long person = staff.get(random.nextInt(staff.size()));
            staffLinks.add(new Object[] {id, person});
            if (random.nextInt(3) == 0) {
                long other = staff.get(random.nextInt(staff.size()));
                if (other != person) {
                    staffLinks.add(new Object[] {id, other});
                }
            }
            if (random.nextInt(5) > 0) {
                issueLinks.add(new Object[] {id, issues.get(random.nextInt(issues.size()))});
            }
            if (random.nextInt(3) == 0) {
                themeLinks.add(new Object[] {id, Theme.values()[random.nextInt(Theme.values().length)].name()});
            }
            if (random.nextInt(10) < 3) {
                LocalDate due = at.atZone(ZONE).toLocalDate().plusDays(3 + random.nextInt(30));
                boolean done = due.isBefore(LocalDate.now(clock.withZone(ZONE))) && random.nextInt(10) < 8;
                followUps.add(new Object[] {
                    ++followUpId,
                    id,
                    "Follow up on " + WORDS.get(random.nextInt(WORDS.size())),
                    person,
                    Date.valueOf(due),
                    done ? Timestamp.from(at.plus(5, ChronoUnit.DAYS)) : null,
                    done ? BY : null,
                    when,
                    when
                });
            }
            if (id % BATCH == 0 || id == count) {
                flush(rows, partnerLinks, contactLinks, staffLinks, issueLinks, themeLinks, followUps, terms);
                if (id % 20_000 == 0 || id == count) {
                    log.info("Scale data: {} of {} interactions written", id, count);
                }
            }
        }
        restart("interaction_seq", count);
        restart("follow_up_seq", followUpId);
        refreshLastContact();
        return (int) followUpId;
    }

    /**
     * 20–80 words: mostly everyday words, two or three domain words, and names and rarer words from
     * a vocabulary of 5,000 (each in well under 1 % of notes) — a skew like real meeting notes.
     */
    private String notes() {
        int words = 20 + random.nextInt(61);
        StringBuilder text = new StringBuilder(words * 7);
        int domain = 2 + random.nextInt(2);
        for (int w = 0; w < words; w++) {
            String word;
            if (w < domain) {
                word = WORDS.get(random.nextInt(WORDS.size()));
            } else if (random.nextInt(10) < 6) {
                word = COMMON.get(random.nextInt(COMMON.size()));
            } else {
                word = rareWord(random.nextInt(5000));
            }
            text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString().strip() + ".";
    }

    private static final String[] SYLLABLES = {
        "ba", "ko", "ri", "den", "mal", "tor", "vis", "lu", "sen", "qua", "pel", "dor", "fin", "gra", "hol", "jun",
        "kel", "mor", "nes", "pra"
    };

    /** A made-up word for number n (0–4,999), the same every time: "benchmark" searches use one. */
    static String rareWord(int n) {
        return SYLLABLES[n % 20] + SYLLABLES[(n / 20) % 20] + SYLLABLES[(n / 400) % 20] + "x";
    }

    private void flush(
            List<Object[]> rows,
            List<Object[]> partnerLinks,
            List<Object[]> contactLinks,
            List<Object[]> staffLinks,
            List<Object[]> issueLinks,
            List<Object[]> themeLinks,
            List<Object[]> followUps,
            List<Object[]> terms) {
        jdbc.batchUpdate("""
                insert into interaction (id, version, kind, occurred_at, occurred_on, time_zone, initiated_by, notes,
                    shared_with_partners, created_at, created_by, updated_at, updated_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, '%s', ?, '%s')""".formatted(BY, BY), rows);
        jdbc.batchUpdate("insert into interaction_partner (interaction_id, partner_id) values (?, ?)", partnerLinks);
        jdbc.batchUpdate("insert into interaction_contact (interaction_id, contact_id) values (?, ?)", contactLinks);
        jdbc.batchUpdate("insert into interaction_staff (interaction_id, user_id) values (?, ?)", staffLinks);
        jdbc.batchUpdate("insert into interaction_issue (interaction_id, issue_id) values (?, ?)", issueLinks);
        jdbc.batchUpdate("insert into interaction_theme (interaction_id, theme) values (?, ?)", themeLinks);
        jdbc.batchUpdate("""
                insert into follow_up (id, version, interaction_id, description, owner_id, due_date, done_at, done_by,
                    created_at, created_by, updated_at, updated_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, '%s', ?, '%s')""".formatted(BY, BY), followUps);
        jdbc.batchUpdate("insert into interaction_term (interaction_id, term) values (?, ?)", terms);
        for (List<Object[]> list :
                List.of(rows, partnerLinks, contactLinks, staffLinks, issueLinks, themeLinks, followUps, terms)) {
            list.clear();
        }
    }

    /** What the application keeps when it logs an interaction: each partner's most recent past contact. */
    private void refreshLastContact() {
        jdbc.update("""
                update partner set last_contact_at = (
                    select max(i.occurred_at) from interaction i
                    join interaction_partner ip on ip.interaction_id = i.id
                    where ip.partner_id = partner.id and i.occurred_at <= current_timestamp),
                  first_contact_on = (
                    select min(i.occurred_on) from interaction i
                    join interaction_partner ip on ip.interaction_id = i.id
                    where ip.partner_id = partner.id)""");
    }

    private void restart(String sequence, long maxId) {
        jdbc.execute("alter sequence " + sequence + " restart with " + (maxId + 101));
    }
}
