/**
 * The application shell above every feature: the main layout with its navigation and the not-found page. Nothing
 * depends on it. Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.commonground.app;

import org.jspecify.annotations.NullMarked;
