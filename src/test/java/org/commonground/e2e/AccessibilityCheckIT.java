package org.commonground.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@link BrowserTest#assertAccessible()} honest: every flow passing it means nothing unless
 * it fails on a page that has serious and critical violations. Shares the flows' Spring context.
 */
class AccessibilityCheckIT extends BrowserTest {

    @Test
    void the_accessibility_check_fails_naming_serious_and_critical_violations() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        // An image without a text alternative (critical) and pale text on white (serious).
        page.evaluate("""
                () => {
                  const img = document.createElement('img');
                  img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
                  img.width = 20; img.height = 20;
                  const faint = document.createElement('p');
                  faint.textContent = 'Hard to read';
                  faint.style.cssText = 'color:#ddd;background:#fff';
                  document.body.append(img, faint);
                }""");

        assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("critical image-alt")
                .hasMessageContaining("serious color-contrast");
    }
}
