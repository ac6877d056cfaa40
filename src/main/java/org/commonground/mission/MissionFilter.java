package org.commonground.mission;

/** The shared missions list's filters; null means "any". */
public record MissionFilter(MissionStatus status, Long issueId, Long partnerId, String text) {

    public static MissionFilter all() {
        return new MissionFilter(null, null, null, null);
    }
}
