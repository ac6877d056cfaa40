package org.commonground.scale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the scale data generator ({@code commonground.scale.*}).
 *
 * @param partners how many partners to generate; contacts follow (1–4 per partner)
 * @param interactions how many interactions (with topics, attendees and follow-ups); 0 for none
 * @param missions how many shared missions (1–3 evaluation measures each); 2,000 unless set
 * @param measurements how many measurements across the missions' measures; 20,000 unless set
 * @param commitments how many commitments between the library and the partners; 50,000 unless set
 * @param checkIns  how many meeting series (recurring check-ins); 500 unless set
 * @param seed     the random seed: the same seed gives the same data
 * @param exit     stop the application once the data is written (use it as a command)
 */
@ConfigurationProperties("commonground.scale")
public record ScaleProperties(
        int partners,
        int interactions,
        Integer missions,
        Integer measurements,
        Integer commitments,
        Integer checkIns,
        long seed,
        boolean exit) {

    public ScaleProperties {
        partners = partners <= 0 ? 5000 : partners;
        seed = seed == 0 ? 20261122L : seed;
        missions = missions == null ? 2000 : Math.max(0, missions);
        measurements = measurements == null ? 20_000 : Math.max(0, measurements);
        commitments = commitments == null ? 50_000 : Math.max(0, commitments);
        checkIns = checkIns == null ? 500 : Math.max(0, checkIns);
    }
}
