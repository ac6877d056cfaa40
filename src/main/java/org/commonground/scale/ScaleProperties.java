package org.commonground.scale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the scale data generator ({@code commonground.scale.*}).
 *
 * @param partners how many partners to generate; contacts follow (1–4 per partner)
 * @param interactions how many interactions (with topics, attendees and follow-ups); 0 for none
 * @param seed     the random seed: the same seed gives the same data
 * @param exit     stop the application once the data is written (use it as a command)
 */
@ConfigurationProperties("commonground.scale")
public record ScaleProperties(int partners, int interactions, long seed, boolean exit) {

    public ScaleProperties {
        partners = partners <= 0 ? 5000 : partners;
        seed = seed == 0 ? 20261122L : seed;
    }
}
