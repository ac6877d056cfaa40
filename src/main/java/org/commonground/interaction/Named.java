package org.commonground.interaction;

/** A record of another feature as an interaction shows it: its id and its name. */
public record Named(long id, String name) {}
