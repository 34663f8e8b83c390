package org.gkml.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in Debian's headless Chromium (packages chromium and chromium-driver). Where they are missing the tests
 * are skipped, except when GKML_BROWSER_TESTS=required (set by .ci/run), where that is a failure.
 */
class ServerPageTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    static GkmlServer server;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String why = "no headless browser: " + CHROMIUM + " and " + DRIVER + " come with `apt-get install chromium chromium-driver`";
            if ("required".equals(System.getenv("GKML_BROWSER_TESTS"))) fail(why);
            assumeTrue(false, why + "; browser tests skipped");
        }
        server = ServedData.start(ServedData.data());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (server != null) server.close();
        }
    }

    @BeforeEach
    void blank() {
        driver.get("about:blank");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String url() {
        return URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
    }

    static WebElement shown(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    static void assertNoDialog() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "a page script raised a dialog");
    }

    @Test
    void typeAQueryThenNarrowByAFacet() throws Exception {
        driver.get(server.url());
        WebElement box = shown(By.id("q"));
        box.sendKeys("异地就医");
        driver.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        int total = Integer.parseInt(shown(By.id("total")).getText());
        assertTrue(total > 2, "several sample entries are about 异地就医");
        assertTrue(url().contains("q=异地就医"), url());
        assertTrue(driver.findElements(By.cssSelector("#results mark")).stream().anyMatch(m -> m.getText().equals("异地就医")));

        WebElement facet = shown(By.cssSelector("section[data-key=agency] a[data-facet]"));
        String chosen = facet.getAttribute("data-facet");
        int count = Integer.parseInt(facet.findElement(By.className("count")).getText());
        facet.click();
        wait.until(d -> url().contains("f=" + chosen));
        wait.until(ExpectedConditions.textToBe(By.id("total"), String.valueOf(count)));
        String agency = chosen.substring("agency:".length());
        List<WebElement> metas = driver.findElements(By.cssSelector("#results .hit .meta"));
        assertTrue(!metas.isEmpty());
        for (WebElement m : metas) assertTrue(m.getText().startsWith(agency), m.getText());
        assertTrue(shown(By.id("active-filters")).getText().contains(agency));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "serve-results.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));

        driver.navigate().back();
        wait.until(d -> !url().contains("f="));
        wait.until(ExpectedConditions.textToBe(By.id("total"), String.valueOf(total)));
    }

    @Test
    void aSharedUrlRestoresTheSearchAndLeadsToTheEntryAndItsFile() throws Exception {
        driver.get(server.url() + "?q=" + enc("异地就医") + "&f=" + enc("province:宁夏回族自治区"));
        shown(By.id("total"));
        assertEquals("异地就医", driver.findElement(By.id("q")).getAttribute("value"));
        assertTrue(driver.findElement(By.cssSelector("a.on[data-facet='province:宁夏回族自治区']")).isDisplayed());
        WebElement first = shown(By.cssSelector("#results .hit h2 a"));
        String item = first.getText();
        first.click();
        wait.until(d -> url().contains("entry="));
        WebElement fields = shown(By.id("entry-fields"));
        assertTrue(fields.getText().contains(item), fields.getText());
        assertTrue(shown(By.id("catalog-facts")).getText().contains("宁夏回族自治区"));

        String href = driver.findElement(By.id("download")).getAttribute("href");
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        String name = file.headers().firstValue("Content-Disposition").orElseThrow().replaceAll(".*UTF-8''", "");
        assertArrayEquals(Files.readAllBytes(ServedData.catalogs().resolve(URLDecoder.decode(name, StandardCharsets.UTF_8))), file.body());

        driver.findElement(By.partialLinkText("查看整个目录")).click();
        WebElement table = shown(By.id("catalog-table"));
        assertTrue(table.findElements(By.cssSelector("tbody tr")).size() > 10, "the whole catalog as a table");
        assertTrue(table.getText().contains(item));
    }

    @Test
    void catalogMarkupShowsAsTextAndNeverRuns() {
        driver.get(server.url() + "?q=" + enc("脚本注入检查"));
        WebElement hit = shown(By.cssSelector("#results .hit"));
        assertTrue(hit.getText().contains("<script>alert(1)</script>"), hit.getText());
        assertTrue(driver.findElements(By.cssSelector("#main script, #main img")).isEmpty(), "no element made from catalog text");
        assertNoDialog();
        hit.findElement(By.cssSelector("h2 a")).click();
        WebElement fields = shown(By.id("entry-fields"));
        assertTrue(fields.getText().contains("<img src=x onerror=alert(2)>疫苗接种点"), fields.getText());
        assertTrue(fields.getText().contains("javascript:alert(3)"));
        assertTrue(driver.findElements(By.cssSelector("#main img, #main a[href^='javascript']")).isEmpty());
        assertNoDialog();
    }

    @Test
    void noResultsSuggestDroppingAFilter() {
        driver.get(server.url() + "?q=" + enc("异地就医") + "&f=" + enc("agency:测试县卫生健康局"));
        WebElement empty = shown(By.id("empty"));
        WebElement drop = empty.findElement(By.partialLinkText("去掉"));
        assertTrue(drop.getText().contains("测试县卫生健康局"));
        drop.click();
        wait.until(d -> !url().contains("f="));
        assertTrue(Integer.parseInt(shown(By.id("total")).getText()) > 0);
    }

    @Test
    void aNarrowScreenNeedsNoSidewaysScrolling() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            driver.get(server.url() + "?q=" + enc("异地就医"));
            shown(By.cssSelector("#results .hit"));
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "the page is wider than a phone screen");
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "serve-results-narrow.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void groupingByAgencyShowsOneBlockPerBureau() {
        driver.get(server.url() + "?q=" + enc("异地就医") + "&group=agency");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results .group"), 1));
        for (WebElement g : driver.findElements(By.cssSelector("#results .group"))) {
            String agency = g.findElement(By.tagName("h2")).getText().replaceAll("（\\d+ 条）$", "");
            for (WebElement m : g.findElements(By.cssSelector(".meta"))) assertTrue(m.getText().startsWith(agency), agency + " / " + m.getText());
        }
    }

    @Test
    void aPagePastTheLastSaysSoAndLeadsBack() {
        driver.get(server.url() + "?q=" + enc("异地就医"));
        int total = Integer.parseInt(shown(By.id("total")).getText());
        int past = total / 20 + 2;
        driver.get(server.url() + "?q=" + enc("异地就医") + "&page=" + past);
        WebElement empty = shown(By.id("empty"));
        assertTrue(empty.getText().contains("第 " + past + " 页没有事项"), empty.getText());
        empty.findElement(By.linkText("回到第 1 页")).click();
        wait.until(d -> !url().contains("page="));
        shown(By.cssSelector("#results .hit"));
    }

    @Test
    void theLastPageHasNoNextLink() {
        driver.get(server.url() + "?q=" + enc("公开"));
        int pages = 1;
        while (true) {
            shown(By.cssSelector("#results .hit"));
            List<WebElement> next = driver.findElements(By.linkText("下一页"));
            if (next.isEmpty()) break;
            String before = url();
            next.get(0).click();
            wait.until(d -> !url().equals(before));
            pages++;
            assertTrue(pages < 50, "the pager ends");
        }
        assertTrue(pages > 1, "公开 fills more than one page");
        assertTrue(shown(By.id("page")).getText().contains("末页"), driver.findElement(By.id("page")).getText());
    }

    @Test
    void noHitsForSeveralWordsOffersToDropEach() {
        driver.get(server.url() + "?q=" + enc("异地就医 没有这个词"));
        WebElement drops = shown(By.id("drop-words"));
        assertEquals(2, drops.findElements(By.tagName("a")).size());
        drops.findElement(By.partialLinkText("没有这个词")).click();
        wait.until(d -> url().endsWith("q=异地就医"));
        assertTrue(Integer.parseInt(shown(By.id("total")).getText()) > 0);
    }

    @Test
    void anUnknownIdSaysWhatIsWrongInThePagesLanguageWithAWayBack() {
        driver.get(server.url() + "?entry=" + enc("0000000000000000-9"));
        WebElement error = shown(By.id("error"));
        assertTrue(error.getText().contains("找不到这个事项或目录"), error.getText());
        error.findElement(By.linkText("回到检索首页")).click();
        wait.until(d -> !url().contains("entry="));
        shown(By.id("total"));
    }

    @Test
    void backFromAnEntryReturnsToTheSameHitsFiltersAndPage() {
        String search = "?q=" + enc("公开") + "&f=" + enc("level:county") + "&page=2";
        driver.get(server.url() + search);
        shown(By.cssSelector("#results .hit h2 a")).click();
        wait.until(d -> url().contains("entry="));
        shown(By.id("entry-fields"));
        driver.findElement(By.partialLinkText("返回检索")).click();
        wait.until(d -> url().contains("q="));
        assertTrue(url().endsWith("?q=公开&f=level:county&page=2"), url());
        assertTrue(shown(By.id("page")).getText().startsWith("第 2 页"));
    }

    @Test
    void aOneCharacterQueryWithoutHitsSaysToTryTwo() {
        driver.get(server.url() + "?q=" + enc("锕"));
        assertTrue(shown(By.id("one-char")).getText().contains("两个字以上"));
    }

    @Test
    void onANarrowScreenTheCatalogsSentencesKeepARoomyColumn() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
        try {
            driver.get(server.url() + "?q=" + enc("异地就医"));
            String catalog = shown(By.cssSelector("#results .hit .meta a")).getAttribute("href");
            driver.get(catalog);
            WebElement content = shown(By.cssSelector("#catalog-table tbody td.long"));
            assertTrue(content.getSize().getWidth() >= 200, "a 公开内容 cell " + content.getSize().getWidth() + " px wide");
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "the table scrolls inside its box, not the page");
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "serve-catalog-narrow.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** "更多" lists a facet's values beyond the first ten, in the URL, so the eleventh source can be chosen. */
    @Test
    void moreShowsEveryValueOfAFacetAndTheLastCanBeChosen() throws Exception {
        try (GkmlServer own = ServedData.start(ServedData.manySources())) {
            driver.get(own.url() + "?q=" + enc("低保"));
            shown(By.id("total"));
            By values = By.cssSelector("section[data-key=source] a[data-facet]");
            assertEquals(10, driver.findElements(values).size());
            driver.findElement(By.cssSelector("section[data-key=source]")).findElement(By.linkText("更多")).click();
            wait.until(d -> url().contains("more=source"));
            wait.until(ExpectedConditions.numberOfElementsToBe(values, ServedData.SOURCES));
            assertTrue(url().contains("q=低保"), url());
            List<WebElement> all = driver.findElements(values);
            WebElement last = all.get(all.size() - 1);
            assertEquals("1", last.findElement(By.className("count")).getText(), "the least frequent source has one entry");
            String chosen = last.getAttribute("data-facet");
            last.click();
            wait.until(d -> url().contains("f=" + chosen));
            wait.until(ExpectedConditions.textToBe(By.id("total"), "1"));

            driver.get(own.url() + "?q=" + enc("低保") + "&more=source");
            wait.until(ExpectedConditions.numberOfElementsToBe(values, ServedData.SOURCES));
            driver.findElement(By.cssSelector("section[data-key=source]")).findElement(By.linkText("收起")).click();
            wait.until(d -> !url().contains("more="));
            wait.until(ExpectedConditions.numberOfElementsToBe(values, 10));
        }
    }

    /** A field the catalog does not give shows as such, not as a label with nothing beside it. */
    @Test
    void anEntrySaysWhichFieldsItsCatalogDoesNotList() throws Exception {
        try (GkmlServer own = ServedData.start(ServedData.manySources())) {
            driver.get(own.url() + "?q=" + enc("低保"));
            shown(By.cssSelector("#results .hit h2 a")).click();
            WebElement fields = shown(By.id("entry-fields"));
            List<WebElement> labels = fields.findElements(By.tagName("dt"));
            List<WebElement> cells = fields.findElements(By.tagName("dd"));
            assertEquals(labels.size(), cells.size());
            boolean audience = false;
            for (int i = 0; i < labels.size(); i++) {
                String value = cells.get(i).getText().strip();
                assertTrue(!value.isEmpty(), labels.get(i).getText() + " has no value and no word saying so");
                if (labels.get(i).getText().equals("公开对象")) {
                    audience = true;
                    assertEquals("—（目录未列）", value);
                }
            }
            assertTrue(audience, "公开对象 is listed though the catalog has no such column: " + fields.getText());
            assertTrue(fields.getText().contains("某县民政局"), fields.getText());
        }
    }

    /** Total counts each copy of an entry while the hits fold copies: the summary says both. */
    @Test
    void theSummarySaysHowManyDistinctEntriesAndCopies(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("catalogs"));
        String header = "序号,一级事项,二级事项,公开内容,公开时限,公开主体,公开渠道\n";
        String twice = header + "1,社会救助,低保审批,低保对象名单,10个工作日内,甲县民政局,政府网站\n"
                + "2,社会救助,低保标准,低保标准调整,10个工作日内,甲县民政局,政府网站\n";
        Files.writeString(tree.resolve("a.csv"), twice, StandardCharsets.UTF_8);
        Files.writeString(tree.resolve("a_copy.csv"), twice, StandardCharsets.UTF_8);
        Files.writeString(tree.resolve("b.csv"), header + "1,社会救助,低保审批,低保对象公示,20个工作日内,乙县民政局,公告栏\n"
                + "2,社会救助,低保退出,低保退出名单,20个工作日内,乙县民政局,公告栏\n"
                + "3,社会救助,低保资金,低保资金发放,20个工作日内,乙县民政局,公告栏\n", StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        assertEquals(org.gkml.ingest.RunOutcome.OK, ServedData.ingest(tree, data).outcome());
        try (GkmlServer own = ServedData.start(data)) {
            driver.get(own.url() + "?q=" + enc("低保"));
            wait.until(ExpectedConditions.textToBe(By.id("total"), "7"));
            assertEquals(5, driver.findElements(By.cssSelector("#results .hit")).size());
            assertEquals("共 7 条事项匹配 “低保”（5 条不同，2 份副本已合并）", shown(By.id("summary")).getText());

            driver.get(own.url() + "?q=" + enc("低保") + "&group=agency");
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .group"), 2));
            assertTrue(shown(By.id("summary")).getText().endsWith("（5 条不同，2 份副本已合并）"), driver.findElement(By.id("summary")).getText());

            driver.get(own.url() + "?q=" + enc("低保") + "&f=" + enc("agency:乙县民政局"));
            wait.until(ExpectedConditions.textToBe(By.id("total"), "3"));
            assertEquals("共 3 条事项匹配 “低保”", shown(By.id("summary")).getText(), "no copies, nothing to explain");
        }
    }

    /** A cell the catalog left empty shows the entry page's mark, not a blank that reads as not yet loaded. */
    @Test
    void theCatalogTableMarksTheCellsItsCatalogLeftEmpty(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("catalogs"));
        Files.writeString(tree.resolve("gaps.csv"), "序号,一级事项,二级事项,公开内容,公开时限,公开主体,公开渠道\n"
                + "1,社会救助,低保审批,低保对象名单,10个工作日内,甲县民政局,政府网站\n"
                + "2,社会救助,低保标准,,,甲县民政局,政府网站\n", StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        assertEquals(org.gkml.ingest.RunOutcome.OK, ServedData.ingest(tree, data).outcome());
        try (GkmlServer own = ServedData.start(data)) {
            driver.get(own.url() + "?q=" + enc("低保标准"));
            driver.get(shown(By.cssSelector("#results .hit .meta a")).getAttribute("href"));
            WebElement table = shown(By.id("catalog-table"));
            List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
            assertEquals(2, rows.size());
            for (WebElement row : rows) {
                for (WebElement cell : row.findElements(By.tagName("td"))) {
                    assertFalse(cell.getText().isBlank(), "a blank cell in row " + row.getText());
                }
            }
            List<WebElement> absent = rows.get(1).findElements(By.cssSelector("td.absent"));
            assertTrue(absent.size() >= 2, "公开内容 and 公开时限 of row 2: " + rows.get(1).getText());
            for (WebElement a : absent) {
                assertEquals("—", a.getText());
                assertEquals("目录未列", a.getAttribute("title"));
            }
        }
    }
}
