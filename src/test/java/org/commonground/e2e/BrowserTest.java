package org.commonground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A flow a person clicks through: the app runs on a random port over the demo library, and
 * Debian's Chromium (Playwright's own browser download cannot work on our machines) drives it.
 * Every page a flow visits is scanned with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "commonground.demo-data=true")
@ActiveProfiles("test")
abstract class BrowserTest {

    private static final String CHROMIUM = System.getProperty("cg.chromium", "/usr/bin/chromium");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private final List<String> cspConsole = new CopyOnWriteArrayList<>();
    private final List<String> documentsWithoutCsp = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(CHROMIUM))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-US")
                .setTimezoneId("America/Chicago")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        // Notifications appear with a fade and leave with one; axe-core measures a half-faded card's blended
        // colors. Without the animation a card is either fully shown or gone while a page is scanned.
        context.addInitScript("document.addEventListener('DOMContentLoaded', () => {"
                + " const style = document.createElement('style');"
                + " style.textContent = 'vaadin-notification-card { animation: none !important; }';"
                + " document.head.appendChild(style); });");
        // Every page runs under the app's Content-Security-Policy: a refused script, style or request would be
        // reported here, and assertAccessible() fails on it.
        context.addInitScript("window.__cspViolations = [];"
                + " document.addEventListener('securitypolicyviolation', e =>"
                + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspConsole.add(message.text());
            }
        });
        page.onResponse(response -> {
            if (response.request().isNavigationRequest()
                    && response.status() == 200
                    && response.url().startsWith("http://localhost:" + port)) {
                documentsWithoutCsp.remove(response.url());
                if (!String.valueOf(response.headers().get("content-security-policy"))
                        .contains("frame-ancestors")) {
                    documentsWithoutCsp.add(response.url());
                }
            }
        });
        // A failed flow is easier to read with the requests the server refused.
        page.onResponse(response -> {
            if (response.status() >= 400) {
                System.out.println(
                        "HTTP " + response.status() + " " + response.request().method() + " " + response.url());
            }
        });
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void signIn(String user, String password) {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    /** Waits until Vaadin has rendered a page heading with this text. */
    void waitForHeading(String text) {
        try {
            page.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName(text).setExact(true))
                    .first()
                    .waitFor();
        } catch (RuntimeException e) {
            screenshot("no-heading");
            throw new AssertionError("No heading \"" + text + "\" at " + page.url(), e);
        }
    }

    /** Kept under target/ for a failed flow, to see what the browser showed. */
    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Paths.get("target", "e2e-screenshots", getClass().getSimpleName() + "-" + name + ".png")));
    }

    /**
     * Fails naming every serious or critical accessibility violation on the current page, and any breach of the
     * Content-Security-Policy the page runs under (or a page served without it).
     */
    void assertAccessible() {
        // Scan settled pages: mid-animation overlays (notifications fading in) have blended colors.
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        assertThat(page.evaluate("() => window.__cspViolations || []"))
                .as("CSP violations on %s", page.url())
                .asList()
                .isEmpty();
        assertThat(cspConsole).as("CSP messages in the console").isEmpty();
        assertThat(documentsWithoutCsp)
                .as("pages served without the Content-Security-Policy")
                .isEmpty();
        AxeResults results = new AxeBuilder(page).analyze();
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(severe)
                .as("axe-core on %s:%n%s", page.url(), describe(severe))
                .isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                        + rule.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .limit(5)
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
