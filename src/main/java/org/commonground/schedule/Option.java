package org.commonground.schedule;

/** A record of another feature as a series shows it: its id and its name. */
public record Option(long id, String name) {}
