package org.commonground.security;

/** A token just created: {@code token} is shown this once and stored only as its hash. */
public record IssuedApiToken(long id, String name, String token) {}
