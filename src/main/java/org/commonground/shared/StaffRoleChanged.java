package org.commonground.shared;

/** A library person's role changed: evidence counted by role ("the director was present") is counted again. */
public record StaffRoleChanged(long userId) {}
