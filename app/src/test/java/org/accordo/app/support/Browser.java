package org.accordo.app.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, headless, driven by Selenium through the system's chromedriver (Debian's
 * {@code chromium} and {@code chromium-driver}; Selenium Manager cannot download here, so both
 * paths are given). A test class opens one and closes it after its last test; where Chromium is
 * missing the test is skipped, saying which packages to install. Each browser has a fresh profile
 * (no cookies of another) and takes screenshots into {@code app/target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

  /** How long a navigation may take on a loaded machine. */
  private static final Duration NEXT_PAGE = Duration.ofSeconds(30);

  /** Whether pages run their scripts: a page must stay readable without them. */
  public enum JavaScript {
    ON,
    OFF
  }

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final Path profile;
  private volatile String baseUrl = "";

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * A new headless Chromium; skips the calling test where Chromium or chromedriver is not
   * installed. {@link #use} says which server it browses.
   */
  public static Browser open(JavaScript javaScript) {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Chromium and its driver: apt-get install chromium chromium-driver"
            + " (Debian's packages)");
    Path profile;
    try {
      profile = Files.createTempDirectory("accordo-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--lang=en-GB",
        "--user-data-dir=" + profile);
    if (javaScript == JavaScript.OFF) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver, profile);
  }

  /**
   * Browses {@code server} from now on, as a stranger: cookies are forgotten (servers on other
   * ports of localhost would otherwise receive each other's).
   */
  public Browser use(RunningServer server) {
    this.baseUrl = server.baseUrl();
    forgetCookies();
    return this;
  }

  /** Goes to {@code path} of the server. */
  public Browser go(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  /** The path of the page shown now (without the server's address). */
  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
  }

  public WebDriver driver() {
    return driver;
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** Types {@code text} into the field labelled by id {@code fieldId}, replacing what was there. */
  public Browser type(String fieldId, String text) {
    WebElement field = driver.findElement(By.id(fieldId));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /**
   * Submits the form holding the field or button {@code element}, and waits for the answer's page:
   * reading the page right after the submit could read the page being left.
   */
  public Browser submit(By element) {
    WebElement leaving = driver.findElement(By.tagName("html"));
    driver.findElement(element).submit();
    awaitReplaced(leaving);
    return this;
  }

  /** Follows the link or presses the button {@code element}, and waits for the next page. */
  public Browser click(By element) {
    return click(driver.findElement(element));
  }

  /** Follows the link or presses the button {@code element}, and waits for the next page. */
  public Browser click(WebElement element) {
    WebElement leaving = driver.findElement(By.tagName("html"));
    element.click();
    awaitReplaced(leaving);
    return this;
  }

  private void awaitReplaced(WebElement leaving) {
    WebDriverWait wait = new WebDriverWait(driver, NEXT_PAGE);
    wait.until(d -> isGone(leaving));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * True once the page {@code leaving} belonged to is gone: Chromium says so as a stale element,
   * or, while the next page is being built, as a node of no document.
   */
  private static boolean isGone(WebElement leaving) {
    try {
      leaving.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      return true;
    }
  }

  /** The visible text of the page's {@code <h1>}. */
  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** Waits up to {@code within} for {@code condition} to give a non-null, non-false value. */
  public <T> T waitFor(Duration within, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, within).until(condition);
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves the page {@code height} pixels tall as {@code target/screenshots/<name>.png} (the window
   * is made that tall for the picture, then made as it was), for pages longer than the window.
   */
  public Path screenshot(String name, int height) {
    org.openqa.selenium.Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), height));
    try {
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** Forgets every cookie: the next page is a stranger's. */
  public void forgetCookies() {
    driver.manage().deleteAllCookies();
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind is harmless
    }
  }
}
