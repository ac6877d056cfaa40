package org.commonground.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.commonground.partner.ContactForm;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerService;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;

/** Partners, people and series forms for the schedule tests, each name made unique per test. */
final class ScheduleFixtures {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final PartnerService partners;
    final UserAccountService accounts;

    ScheduleFixtures(PartnerService partners, UserAccountService accounts) {
        this.partners = partners;
        this.accounts = accounts;
    }

    long partner(String name, PartnerKind kind) {
        PartnerForm form = new PartnerForm();
        form.setName(name + " " + tag);
        form.setKind(kind);
        form.setGovernmentKind(kind == PartnerKind.GOVERNMENT ? GovernmentKind.EXECUTIVE : null);
        return partners.create(form, false);
    }

    long contact(long partnerId, String name, String email) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        form.setEmail(email);
        return partners.addContact(partnerId, form);
    }

    long staff(String name) {
        return accounts.createAccount(
                        name.toLowerCase().replace(' ', '.') + "." + tag,
                        name,
                        Role.DIRECTOR,
                        "secret-" + tag + "-password",
                        null,
                        false)
                .id();
    }

    long partnerUser(long partnerId) {
        return accounts.createAccount(
                        "partner." + tag + "." + partnerId,
                        "Partner person",
                        Role.PARTNER,
                        "secret-" + tag + "-password",
                        partnerId,
                        false)
                .id();
    }

    /** Monthly on the second Tuesday at 10:00 Chicago, from January 13, 2026, an hour long. */
    static SeriesForm secondTuesday(String title, long partnerId, long organizerId) {
        SeriesForm form = new SeriesForm();
        form.setTitle(title);
        form.setPartnerIds(Set.of(partnerId));
        form.setOrganizerId(organizerId);
        form.setStaffIds(Set.of(organizerId));
        form.setStartDate(LocalDate.of(2026, 1, 13));
        form.setStartTime(LocalTime.of(10, 0));
        form.setTimeZone(CHICAGO);
        form.setDurationMinutes(60);
        form.setRepeat(Repeat.MONTHLY_ON_WEEKDAY);
        form.setWeekday(DayOfWeek.TUESDAY);
        form.setWeekOrdinal(2);
        form.setEnding(Ending.NEVER);
        form.setReminderHours(24);
        return form;
    }
}
