package id.go.bartim.pelatihan.testing;

import io.restassured.RestAssured;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real browser for tests of the pages people use: Debian's chromium, headless, driven by the system's chromedriver
 * (no Selenium Manager download), with JavaScript turned off, as the pages must work without it. Without chromium the
 * test fails with a message saying what to install; it is never skipped (CI installs it, .ci/run).
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots land here, under the module running the test. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final int WIDTH = 1100;
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    private Browsers() {
    }

    /** A new headless chromium with JavaScript disabled; the caller quits it. */
    public static ChromeDriver chromium() {
        for (Path needed : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " is missing: the browser tests need Debian's chromium and "
                        + "chromedriver (apt-get install chromium chromium-driver; .ci/run does it)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=id-ID", "--window-size=" + WIDTH + ",900");
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Saves the whole page as {@code target/screenshots/<name>.png}: the window is first made as tall as the page
     * (asked of the browser itself, as no script runs in the page).
     */
    @SuppressWarnings("unchecked")
    public static Path screenshot(ChromeDriver browser, String name) {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        int height = (int) Math.ceil(((Number) content.get("height")).doubleValue());
        browser.manage().window().setSize(new Dimension(WIDTH, Math.min(height + 140, 6000)));
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Presses the form's submit button, as a person does, and waits until the browser shows the page that answered:
     * a click returns before the new page is there, so reading it at once could still read the old one.
     */
    public static void submit(WebDriver browser) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, PAGE_LOAD).until(ExpectedConditions.stalenessOf(page));
    }

    /** Opens {@code path} of the service under test (RestAssured's port). */
    public static void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + RestAssured.port + path);
    }
}
