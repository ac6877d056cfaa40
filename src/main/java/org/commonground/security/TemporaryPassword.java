package org.commonground.security;

/**
 * A password an administrator hands over once (a new account, a reset): shown once, never stored in clear;
 * the user must replace it at their next sign-in.
 */
public record TemporaryPassword(long userId, String username, String password) {}
