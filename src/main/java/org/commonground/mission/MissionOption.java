package org.commonground.mission;

/** A mission as pickers offer it (e.g. to tag an interaction): its id, a short title and its status. */
public record MissionOption(long id, String title, MissionStatus status) {}
