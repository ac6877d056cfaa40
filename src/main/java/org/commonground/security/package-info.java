/**
 * Users, roles, sign-in and its hardening, access checks, API tokens and the security log. Types are non-null
 * unless marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.security;

import org.jspecify.annotations.NullMarked;
