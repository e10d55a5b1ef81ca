package io.minutegraph.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.annotation.Nullable;

/**
 * Opening {@code /browser/} plainly sends the person to the same page with the connection preset (Bolt URL, and no
 * auth on the embedded default), so Browser connects without showing its connect form. Asset requests and URLs that
 * already say which database to use pass through.
 */
@ServerFilter({"/browser", "/browser/", "/browser/index.html"})
public class BrowserPresetFilter {

    private final BrowserConnection browser;

    public BrowserPresetFilter(BrowserConnection browser) {
        this.browser = browser;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> preset(HttpRequest<?> request) {
        if (request.getParameters().contains("dbms") || request.getParameters().contains("connectURL")) {
            return null;
        }
        return HttpResponse.seeOther(browser.browserUri());
    }
}
