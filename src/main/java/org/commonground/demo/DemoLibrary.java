package org.commonground.demo;

import static org.commonground.partner.GovernmentKind.AGENCY;
import static org.commonground.partner.GovernmentKind.COUNCIL;
import static org.commonground.partner.GovernmentKind.EXECUTIVE;
import static org.commonground.partner.PartnerKind.DEI_ORGANIZATION;
import static org.commonground.partner.PartnerKind.GOVERNMENT;
import static org.commonground.partner.PartnerKind.OTHER;
import static org.commonground.partner.PartnerKind.SCIENCE_LEADER;

import java.util.List;
import java.util.Locale;
import org.commonground.communityissue.IssuePriority;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;
import org.commonground.partner.PartnerStatus;

/**
 * The demo library: Maple Falls Public Library in a fictional mid-size city, its community
 * issues and about thirty partners with their contacts. Names, e-mails (example.org) and
 * phone numbers (555-01xx) are invented.
 */
final class DemoLibrary {

    private DemoLibrary() {}

    record DemoIssue(String name, IssuePriority priority, String description) {}

    record DemoContact(String name, String title, String email, String phone) {}

    /** owner: "director" or "staff" (the demo user who owns the relationship). */
    record DemoPartner(
            String name,
            PartnerKind kind,
            GovernmentKind governmentKind,
            PartnerStatus status,
            String owner,
            String website,
            String mission,
            String communities,
            List<DemoContact> contacts) {}

    static final String PARTNER_USER_ORGANIZATION = "Maple River Watershed District";

    static final List<DemoIssue> ISSUES = List.of(
            new DemoIssue(
                    "Air quality",
                    IssuePriority.HIGH,
                    "Ozone and fine particles near the Route 9 freight corridor and the east-side industrial park."),
            new DemoIssue(
                    "Flooding and stormwater",
                    IssuePriority.HIGH,
                    "Basement and street flooding in the Lowlands and Millbrook neighborhoods after heavy rain."),
            new DemoIssue(
                    "Extreme heat",
                    IssuePriority.HIGH,
                    "Heat waves hit neighborhoods with little tree cover and older housing hardest."),
            new DemoIssue(
                    "Drinking water safety",
                    IssuePriority.HIGH,
                    "Lead service lines and boil-water notices; residents want to understand test results."),
            new DemoIssue(
                    "Lead in older housing",
                    IssuePriority.MEDIUM,
                    "Lead paint and dust in pre-1978 rental housing, and children's blood-lead testing."),
            new DemoIssue(
                    "Food access",
                    IssuePriority.MEDIUM,
                    "Neighborhoods more than a mile from a full-service grocery store."),
            new DemoIssue(
                    "Environmental justice in the industrial corridor",
                    IssuePriority.MEDIUM,
                    "Cumulative pollution burden on residents living next to permitted facilities."),
            new DemoIssue(
                    "Digital access for health information",
                    IssuePriority.MEDIUM,
                    "Households without broadband miss heat alerts, flood warnings and telehealth."),
            new DemoIssue(
                    "Tree canopy and green space",
                    IssuePriority.LOW,
                    "Planting and caring for street trees where the canopy is thinnest."),
            new DemoIssue(
                    "Community science data literacy",
                    IssuePriority.LOW,
                    "Helping residents read, question and use local environmental data."));

    static final List<DemoPartner> PARTNERS = List.of(
            // Local government: executive branch, agencies, council
            gov(
                    "Office of the Mayor of Maple Falls",
                    EXECUTIVE,
                    "director",
                    "Sets the city's strategic plan; the 2030 plan names equitable access to services and climate "
                            + "resilience as top goals.",
                    "All Maple Falls residents",
                    contact(
                            "Denise Whitfield",
                            "Chief of Staff",
                            "dwhitfield@maplefalls.example.org",
                            "(555) 010-1100"),
                    contact(
                            "Marcus Oyelaran",
                            "Deputy Mayor for Community Services",
                            "moyelaran@maplefalls.example.org",
                            "(555) 010-1102")),
            gov(
                    "City Manager's Office",
                    EXECUTIVE,
                    "director",
                    "Runs city departments day to day and prepares the budget the council adopts.",
                    "City departments",
                    contact("Elena Brandt", "City Manager", "ebrandt@maplefalls.example.org", "(555) 010-1110")),
            gov(
                    "Office of Sustainability and Resilience",
                    AGENCY,
                    "staff",
                    "Leads the climate action plan, heat response and the urban forestry program.",
                    "Neighborhoods most exposed to heat and flooding",
                    contact(
                            "Priya Raman",
                            "Sustainability Director",
                            "praman@maplefalls.example.org",
                            "(555) 010-1120"),
                    contact("Tom Becker", "Resilience Planner", "tbecker@maplefalls.example.org", "(555) 010-1121")),
            gov(
                    "Maple Falls Public Health Department",
                    AGENCY,
                    "staff",
                    "Protects residents from environmental health hazards; runs lead testing and heat alerts.",
                    "Children, older adults, uninsured residents",
                    contact("Dr. Angela Moss", "Health Director", "amoss@maplefalls.example.org", "(555) 010-1130"),
                    contact(
                            "Luis Carrillo",
                            "Environmental Health Supervisor",
                            "lcarrillo@maplefalls.example.org",
                            "(555) 010-1131")),
            gov(
                    "Maple Falls Water Utility",
                    AGENCY,
                    "staff",
                    "Supplies drinking water and is replacing lead service lines by 2032.",
                    "All water customers",
                    contact(
                            "Grace Nakamura",
                            "Water Quality Manager",
                            "gnakamura@maplefalls.example.org",
                            "(555) 010-1140")),
            gov(
                    "Parks and Recreation Department",
                    AGENCY,
                    "staff",
                    "Runs parks, cooling centers and summer programs for youth.",
                    "Families and youth",
                    contact(
                            "Jamal Pierce",
                            "Community Programs Manager",
                            "jpierce@maplefalls.example.org",
                            "(555) 010-1150")),
            gov(
                    "Office of Emergency Management",
                    AGENCY,
                    "staff",
                    "Plans for floods, storms and heat emergencies; sends public alerts.",
                    "All residents",
                    contact(
                            "Karen Holt",
                            "Emergency Management Coordinator",
                            "kholt@maplefalls.example.org",
                            "(555) 010-1160")),
            gov(
                    "Maple Falls City Council",
                    COUNCIL,
                    "director",
                    "Adopts the city budget and ordinances; the library's budget line is decided here.",
                    "Nine wards",
                    contact(
                            "Councilmember Rosa Delgado",
                            "Chair, Community Services Committee",
                            "rdelgado@maplefalls.example.org",
                            "(555) 010-1170")),
            gov(
                    "Council Committee on Environment and Infrastructure",
                    COUNCIL,
                    "director",
                    "Oversees stormwater, water and environmental permits.",
                    "Nine wards",
                    contact(
                            "Councilmember Ben Okafor",
                            "Committee Chair",
                            "bokafor@maplefalls.example.org",
                            "(555) 010-1180")),
            gov(
                    "Maple Falls Housing Authority",
                    GovernmentKind.OTHER,
                    "staff",
                    "Owns and manages public housing, much of it built before 1978.",
                    "Public housing residents",
                    contact("Sheila Grant", "Resident Services Director", "sgrant@mfha.example.org", "(555) 010-1190")),
            // DEI organizations, social-justice leaders, racial-equity educators
            dei(
                    "Eastside Neighbors United",
                    "staff",
                    "Organizes east-side residents around clean air and safe housing.",
                    "East side, industrial corridor households",
                    contact("Darnell Hughes", "Lead Organizer", "darnell@eastsideunited.example.org", "(555) 010-1200"),
                    contact("Maria Gomez", "Youth Organizer", "maria@eastsideunited.example.org", "(555) 010-1201")),
            dei(
                    "Latino Community Alliance of Maple Falls",
                    "staff",
                    "Connects Spanish-speaking families with services, language access and civic life.",
                    "Spanish-speaking families",
                    contact("Alejandra Ruiz", "Executive Director", "aruiz@lcamf.example.org", "(555) 010-1210")),
            dei(
                    "Black Heritage Education Collective",
                    "director",
                    "Racial-equity educators who train institutions and teach local Black history.",
                    "Black residents, educators, institutions",
                    contact("Dr. Kendra Fields", "Founder and Educator", "kfields@bhec.example.org", "(555) 010-1220")),
            dei(
                    "Racial Equity Learning Circle",
                    "director",
                    "Facilitates study circles and equity audits for public institutions.",
                    "Public institutions",
                    contact("Samuel Achebe", "Facilitator", "sachebe@relc.example.org", "(555) 010-1230")),
            dei(
                    "Refugee and Immigrant Welcome Center",
                    "staff",
                    "Resettlement support, English classes and navigation for new arrivals.",
                    "Refugees and immigrants from 30 countries",
                    contact("Amina Yusuf", "Program Director", "ayusuf@welcomecenter.example.org", "(555) 010-1240"),
                    contact("Hoang Tran", "Community Navigator", "htran@welcomecenter.example.org", "(555) 010-1241")),
            dei(
                    "Maple Falls Youth Justice Network",
                    "staff",
                    "Youth-led advocacy on climate and school equity.",
                    "Teens 14 to 19",
                    contact("Jordan Ellis", "Youth Coordinator", "jellis@yjn.example.org", "(555) 010-1250")),
            dei(
                    "Disability Access Coalition",
                    "staff",
                    "Advocates for accessible services, transit and emergency plans.",
                    "Residents with disabilities",
                    contact("Nora Feld", "Policy Lead", "nfeld@dac.example.org", "(555) 010-1260")),
            dei(
                    "Faith Leaders for Equity",
                    "director",
                    "Interfaith network that hosts community dialogues and cooling sites.",
                    "Congregations across the city",
                    contact("Rev. Paul Simmons", "Convener", "psimmons@faithequity.example.org", "(555) 010-1270")),
            dei(
                    "Senior Advocacy Network",
                    "staff",
                    "Speaks for older adults on heat safety, transportation and housing.",
                    "Adults 65 and older",
                    contact("Dorothy Kim", "Coordinator", "dkim@seniornet.example.org", "(555) 010-1280")),
            dei(
                    "Millbrook Community Land Trust",
                    "staff",
                    "Keeps housing permanently affordable in the flood-prone Millbrook neighborhood.",
                    "Millbrook residents",
                    contact("Isaiah Moore", "Director", "imoore@millbrookclt.example.org", "(555) 010-1290")),
            // Science leaders
            sci(
                    "Maple Falls State University Environmental Health Lab",
                    "staff",
                    "Measures air and water quality and trains community scientists.",
                    "Researchers, students, residents",
                    contact("Dr. Helen Cho", "Lab Director", "hcho@mfsu.example.edu", "(555) 010-1300"),
                    contact(
                            "Ravi Patel",
                            "Community Science Coordinator",
                            "rpatel@mfsu.example.edu",
                            "(555) 010-1301")),
            sci(
                    "Discovery Science Museum",
                    "staff",
                    "Hands-on science museum with family programs and traveling exhibits.",
                    "Families and schools",
                    contact(
                            "Laura Jensen",
                            "Director of Learning",
                            "ljensen@discoverymuseum.example.org",
                            "(555) 010-1310")),
            sci(
                    PARTNER_USER_ORGANIZATION,
                    "staff",
                    "Protects the Maple River watershed; monitors flooding and water quality.",
                    "Watershed residents",
                    contact("Owen Fraser", "Watershed Scientist", "ofraser@mapleriverwd.example.org", "(555) 010-1320"),
                    contact(
                            "Tanya Brooks",
                            "Outreach Coordinator",
                            "tbrooks@mapleriverwd.example.org",
                            "(555) 010-1321")),
            sci(
                    "National Weather Service Forecast Office",
                    "staff",
                    "Issues heat and flood warnings; trains storm spotters.",
                    "The region",
                    contact(
                            "Chris Alvarez",
                            "Warning Coordination Meteorologist",
                            "calvarez@nws.example.gov",
                            "(555) 010-1330")),
            sci(
                    "Maple Falls Community College STEM Center",
                    "staff",
                    "Adult STEM courses, tutoring and a makerspace.",
                    "Adult learners",
                    contact("Dr. Michael Osei", "STEM Center Director", "mosei@mfcc.example.edu", "(555) 010-1340")),
            sci(
                    "Riverside Botanical Garden Research Program",
                    "staff",
                    "Urban forestry research and tree-planting programs.",
                    "Neighborhood groups",
                    contact(
                            "Sofia Lindqvist",
                            "Research Scientist",
                            "slindqvist@riversidegarden.example.org",
                            "(555) 010-1350")),
            sci(
                    "Regional Air Quality Monitoring Consortium",
                    "staff",
                    "Runs low-cost air sensors and publishes open data.",
                    "The metro region",
                    contact("Kevin Wu", "Data Manager", "kwu@airconsortium.example.org", "(555) 010-1360")),
            sci(
                    "St. Luke's Hospital Community Health Research",
                    "director",
                    "Studies asthma and heat illness in local patients.",
                    "Patients and families",
                    contact("Dr. Fatima Rahman", "Research Director", "frahman@stlukes.example.org", "(555) 010-1370")),
            // Others
            other(
                    "Maple Falls Public Schools",
                    "staff",
                    PartnerStatus.ACTIVE,
                    "K-12 district; science curriculum and family nights.",
                    "20,000 students",
                    contact("Gloria Mendes", "Science Curriculum Lead", "gmendes@mfps.example.org", "(555) 010-1400")),
            other(
                    "Maple Falls Chamber of Commerce",
                    "director",
                    PartnerStatus.PROSPECTIVE,
                    "Local businesses; interested in sponsoring summer programs.",
                    "Local businesses",
                    contact("Steve Lund", "President", "slund@mfchamber.example.org", "(555) 010-1410")),
            other(
                    "Maple Falls Courier",
                    "staff",
                    PartnerStatus.PAUSED,
                    "Local newspaper; ran a series on the water utility.",
                    "Readers",
                    contact("Anna Petrov", "Environment Reporter", "apetrov@mfcourier.example.org", "(555) 010-1420")));

    private static DemoContact contact(String name, String title, String email, String phone) {
        return new DemoContact(name, title, email, phone);
    }

    private static DemoPartner gov(
            String name,
            GovernmentKind sub,
            String owner,
            String mission,
            String communities,
            DemoContact... contacts) {
        return new DemoPartner(
                name,
                GOVERNMENT,
                sub,
                PartnerStatus.ACTIVE,
                owner,
                website(name),
                mission,
                communities,
                List.of(contacts));
    }

    private static DemoPartner dei(
            String name, String owner, String mission, String communities, DemoContact... contacts) {
        return new DemoPartner(
                name,
                DEI_ORGANIZATION,
                null,
                PartnerStatus.ACTIVE,
                owner,
                website(name),
                mission,
                communities,
                List.of(contacts));
    }

    private static DemoPartner sci(
            String name, String owner, String mission, String communities, DemoContact... contacts) {
        return new DemoPartner(
                name,
                SCIENCE_LEADER,
                null,
                PartnerStatus.ACTIVE,
                owner,
                website(name),
                mission,
                communities,
                List.of(contacts));
    }

    private static DemoPartner other(
            String name,
            String owner,
            PartnerStatus status,
            String mission,
            String communities,
            DemoContact... contacts) {
        return new DemoPartner(
                name, OTHER, null, status, owner, website(name), mission, communities, List.of(contacts));
    }

    private static String website(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "https://" + slug + ".example.org";
    }
}
