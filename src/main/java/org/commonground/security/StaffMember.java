package org.commonground.security;

/** A library person who can own a relationship or attend a meeting: what pickers and grids show. */
public record StaffMember(long id, String displayName, Role role) {}
