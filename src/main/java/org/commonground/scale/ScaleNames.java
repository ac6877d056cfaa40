package org.commonground.scale;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.commonground.partner.GovernmentKind;
import org.commonground.partner.PartnerKind;

/** Word lists that make generated partners and people read like a real region's. */
final class ScaleNames {

    private ScaleNames() {}

    static final List<String> CITIES = List.of(
            "Maple Falls",
            "Brookfield",
            "Cedar Grove",
            "Riverton",
            "Lakeview",
            "Fairmont",
            "Oak Harbor",
            "Granite City",
            "Willow Creek",
            "Millbrook",
            "Ashford",
            "Pine Ridge",
            "Harborview",
            "Clearwater",
            "Stonebridge",
            "Elm Park",
            "Sunnyvale Heights",
            "Northgate",
            "Westbury",
            "Eastport",
            "Silver Lake",
            "Greenfield",
            "Red Hill",
            "Bayside",
            "Kingsford",
            "Hollowell",
            "Meadowbrook",
            "Summit Springs",
            "Iron Valley",
            "Copper Bend");

    static final List<String> NEIGHBORHOODS = List.of(
            "Eastside",
            "Westside",
            "Northside",
            "Southside",
            "Lowlands",
            "Riverside",
            "Hilltop",
            "Old Town",
            "Midtown",
            "Harbor",
            "Parkview",
            "Railyard",
            "Orchard",
            "Mill District",
            "Fairgrounds",
            "University Heights",
            "Lakeshore",
            "Ironworks",
            "Cedar Flats",
            "Market Square");

    static final List<String> AGENCIES = List.of(
            "Public Health Department",
            "Water Utility",
            "Parks and Recreation Department",
            "Office of Sustainability",
            "Office of Emergency Management",
            "Planning Department",
            "Transportation Department",
            "Department of Environmental Services",
            "Office of Equity and Inclusion",
            "Stormwater Management Division",
            "Office of Aging",
            "Community Development Department");

    static final List<String> DEI_KINDS = List.of(
            "Neighbors United",
            "Community Alliance",
            "Equity Collective",
            "Youth Justice Network",
            "Tenants Union",
            "Immigrant Welcome Center",
            "Faith Leaders for Equity",
            "Racial Equity Learning Circle",
            "Disability Access Coalition",
            "Senior Advocacy Network",
            "Community Land Trust",
            "Black Heritage Education Collective",
            "Latino Family Alliance",
            "Refugee Resettlement Partnership",
            "Environmental Justice Coalition");

    static final List<String> SCIENCE_KINDS = List.of(
            "State University Environmental Health Lab",
            "Science Museum",
            "Watershed District",
            "Community College STEM Center",
            "Botanical Garden Research Program",
            "Air Quality Monitoring Consortium",
            "Hospital Community Health Research",
            "Nature Center",
            "Planetarium",
            "Geological Survey Field Office",
            "Weather Service Office",
            "Public Health Research Institute");

    static final List<String> OTHER_KINDS = List.of(
            "Public Schools",
            "Chamber of Commerce",
            "Courier",
            "Rotary Club",
            "Community Foundation",
            "Housing Cooperative",
            "Food Bank",
            "Arts Council");

    static final List<String> FIRST = List.of(
            "Maria", "James", "Aisha", "Wei", "Carlos", "Fatima", "John", "Priya", "Darnell", "Sofia", "Hoang", "Grace",
            "Luis", "Amina", "Tom", "Keisha", "Ravi", "Elena", "Samuel", "Nora", "Omar", "Helen", "Jamal", "Dorothy",
            "Isaiah", "Mei", "Kevin", "Laura", "Marcus", "Yusuf");

    static final List<String> LAST = List.of(
            "Garcia",
            "Johnson",
            "Nguyen",
            "Okafor",
            "Patel",
            "Kim",
            "Rivera",
            "Brooks",
            "Chen",
            "Williams",
            "Hassan",
            "Moore",
            "Lindqvist",
            "Ruiz",
            "Fraser",
            "Achebe",
            "Becker",
            "Delgado",
            "Fields",
            "Holt",
            "Jensen",
            "Moss",
            "Nakamura",
            "Osei",
            "Pierce",
            "Raman",
            "Tran",
            "Wu",
            "Yilmaz",
            "Zhang");

    static final List<String> TITLES = List.of(
            "Executive Director",
            "Program Manager",
            "Community Organizer",
            "Director",
            "Outreach Coordinator",
            "Research Scientist",
            "Policy Lead",
            "Chief of Staff",
            "Education Manager",
            "Volunteer Coordinator");

    /** A partner's name for its kind; callers make names unique. */
    static String partnerName(Random random, PartnerKind kind, GovernmentKind governmentKind) {
        String city = pick(random, CITIES);
        return switch (kind) {
            case GOVERNMENT ->
                switch (governmentKind) {
                    case EXECUTIVE ->
                        random.nextBoolean() ? "Office of the Mayor of " + city : city + " City Manager's Office";
                    case AGENCY -> city + " " + pick(random, AGENCIES);
                    case COUNCIL ->
                        random.nextBoolean()
                                ? city + " City Council"
                                : city + " Council Committee on "
                                        + pick(
                                                random,
                                                List.of(
                                                        "Environment",
                                                        "Health",
                                                        "Housing",
                                                        "Infrastructure",
                                                        "Equity",
                                                        "Budget"));
                    case OTHER ->
                        city + " "
                                + pick(
                                        random,
                                        List.of(
                                                "Housing Authority",
                                                "School Board",
                                                "Transit Authority",
                                                "Library Board"));
                };
            case DEI_ORGANIZATION -> pick(random, NEIGHBORHOODS) + " " + pick(random, DEI_KINDS) + " of " + city;
            case SCIENCE_LEADER -> city + " " + pick(random, SCIENCE_KINDS);
            case OTHER -> city + " " + pick(random, OTHER_KINDS);
        };
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
