package org.commonground.demo;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.commonground.commitment.CommitmentService;
import org.commonground.communityissue.CommunityIssueForm;
import org.commonground.communityissue.CommunityIssueService;
import org.commonground.interaction.InteractionService;
import org.commonground.mission.MissionService;
import org.commonground.partner.ContactForm;
import org.commonground.partner.PartnerForm;
import org.commonground.partner.PartnerService;
import org.commonground.rubric.AttestationService;
import org.commonground.schedule.ScheduleService;
import org.commonground.security.Account;
import org.commonground.security.Role;
import org.commonground.security.UserAccountService;
import org.commonground.shared.CommonGroundProperties;
import org.commonground.vetting.VettingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo library on first start, when demo data is on.
 * Everything goes through the services, in one transaction: a failure leaves nothing behind.
 */
@Component
@ConditionalOnProperty(name = "commonground.demo-data", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UserAccountService accounts;
    private final PartnerService partners;
    private final CommunityIssueService issues;
    private final TransactionTemplate transaction;
    private final InteractionService interactions;
    private final CommonGroundProperties properties;
    private final CommitmentService commitments;
    private final VettingService vettings;
    private final MissionService missions;
    private final AttestationService attestations;
    private final ScheduleService schedule;
    private final Clock clock;

    DemoDataLoader(
            UserAccountService accounts,
            PartnerService partners,
            CommunityIssueService issues,
            TransactionTemplate transaction,
            InteractionService interactions,
            CommonGroundProperties properties,
            CommitmentService commitments,
            VettingService vettings,
            MissionService missions,
            AttestationService attestations,
            ScheduleService schedule,
            Clock clock) {
        this.clock = clock;
        this.attestations = attestations;
        this.schedule = schedule;
        this.commitments = commitments;
        this.vettings = vettings;
        this.missions = missions;
        this.interactions = interactions;
        this.properties = properties;
        this.accounts = accounts;
        this.partners = partners;
        this.issues = issues;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAnyUser()) {
            return;
        }
        SystemTask.runAs(
                "demo-data",
                () -> transaction.execute(status -> {
                    load();
                    return null;
                }));
        log.info(
                "Demo data loaded: {} partners, {} community issues, a year of interactions, commitments, check-ins; demo accounts director, staff, partner, admin "
                        + "(password \"{}\")",
                DemoLibrary.PARTNERS.size(),
                DemoLibrary.ISSUES.size(),
                DEMO_PASSWORD);
    }

    private void load() {
        Map<String, Long> staff = new HashMap<>();
        // E-mail addresses so check-in reminders have somewhere to go (the embedded run logs them).
        Account director = accounts.createAccount(
                "director",
                "Renee Alvarez",
                "renee.alvarez@maplefalls-library.example.org",
                Role.DIRECTOR,
                DEMO_PASSWORD,
                null,
                false);
        staff.put("director", director.id());
        Account outreach = accounts.createAccount(
                "staff",
                "Sam Okoro",
                "sam.okoro@maplefalls-library.example.org",
                Role.STAFF,
                DEMO_PASSWORD,
                null,
                false);
        staff.put("staff", outreach.id());
        accounts.createAccount("admin", "Pat Lindgren", Role.ADMIN, DEMO_PASSWORD, null, false);

        DemoLibrary.ISSUES.forEach(i -> issues.create(CommunityIssueForm.of(i.name(), i.description(), i.priority())));

        Map<String, Long> partnerIds = new HashMap<>();
        Long partnerUserOrganization = null;
        for (DemoLibrary.DemoPartner demo : DemoLibrary.PARTNERS) {
            PartnerForm form = new PartnerForm();
            form.setName(demo.name());
            form.setKind(demo.kind());
            form.setGovernmentKind(demo.governmentKind());
            form.setStatus(demo.status());
            form.setWebsite(demo.website());
            form.setMissionAndGoals(demo.mission());
            form.setCommunitiesServed(demo.communities());
            form.setRelationshipOwnerId(staff.get(demo.owner()));
            long id = partners.create(form, false);
            partnerIds.put(demo.name(), id);
            for (DemoLibrary.DemoContact c : demo.contacts()) {
                ContactForm contact = new ContactForm();
                contact.setFullName(c.name());
                contact.setTitle(c.title());
                contact.setEmail(c.email());
                contact.setPhone(c.phone());
                partners.addContact(id, contact);
            }
            if (demo.name().equals(DemoLibrary.PARTNER_USER_ORGANIZATION)) {
                partnerUserOrganization = id;
            }
        }
        DemoInteractions.log(
                interactions, partners, partnerIds, staff, issues.all(), clock.withZone(properties.timeZone()));
        DemoMissions.create(
                missions, interactions, partnerIds, staff, issues.all(), clock.withZone(properties.timeZone()));
        DemoCommitments.record(commitments, partnerIds, issues.all(), clock.withZone(properties.timeZone()));
        DemoVetting.load(vettings, partnerIds, staff, clock.withZone(properties.timeZone()));
        DemoCheckIns.create(schedule, partners, partnerIds, staff, clock.withZone(properties.timeZone()));
        DemoRubric.load(
                interactions, attestations, partnerIds, staff, issues.all(), clock.withZone(properties.timeZone()));
        DemoPortal.load(
                commitments,
                missions,
                interactions,
                partners,
                partnerIds,
                staff,
                issues.all(),
                clock.withZone(properties.timeZone()));
        Account partnerUser = accounts.createAccount(
                "partner", "Tanya Brooks", Role.PARTNER, DEMO_PASSWORD, partnerUserOrganization, false);
        log.debug("Partner demo user {} belongs to partner {}", partnerUser.username(), partnerUserOrganization);
    }
}
