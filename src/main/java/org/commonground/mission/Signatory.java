package org.commonground.mission;

/** A partner as a mission names it: its id, its name and, where known, its kind ("Local government · Agency"). */
public record Signatory(long id, String name, String kind) {}
