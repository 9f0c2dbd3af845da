package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like client of the pages, without scripts: keeps cookies, does not follow redirects,
 * posts the login form and Faces Ajax requests with their hidden fields (view state, and nonce when
 * the form has one) as a browser does.
 */
final class PageBrowser {

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The hidden field every form carries with the page's nonce, which PrimeFaces checks on a post. */
    static final Pattern NONCE_FIELD = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    private final URL url;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    PageBrowser(URL url) {
        this.url = url;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "fr").GET().build());
    }

    /** Posts the login form as a person would; answers the login page again, or a redirect. */
    HttpResponse<String> login(String username, String password) {
        String page = get("login.xhtml").body();
        Matcher state = VIEW_STATE.matcher(page);
        assertThat("view state on the login page", state.find(), is(true));
        Matcher nonce = NONCE_FIELD.matcher(page);
        String form = "login-form=login-form&username=" + encode(username) + "&password=" + encode(password)
                + "&login=&jakarta.faces.ViewState=" + encode(state.group(1).replace("&#58;", ":"))
                + (nonce.find() ? "&primefaces.nonce=" + encode(nonce.group(1)) : "");
        return send(HttpRequest.newBuilder(uri("login.xhtml")).header("Accept-Language", "fr")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * Posts a form of a page as Faces Ajax would (header {@code Faces-Request: partial/ajax}), with the
     * view state and nonce read from the page first; {@code fields} are name, value pairs.
     */
    HttpResponse<String> ajax(String page, String form, String source, String... fields) {
        HttpResponse<String> opened = get(page);
        assertThat(opened.body(), opened.statusCode(), is(200));
        Matcher state = VIEW_STATE.matcher(opened.body());
        assertThat("view state on " + page, state.find(), is(true));
        Matcher nonce = NONCE_FIELD.matcher(opened.body());
        StringBuilder body = new StringBuilder("jakarta.faces.partial.ajax=true&jakarta.faces.source=" + source
                + "&jakarta.faces.partial.execute=" + form + "&jakarta.faces.partial.render=" + form
                + "&" + source + "=" + source + "&" + form + "=" + form);
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        body.append("&jakarta.faces.ViewState=").append(encode(state.group(1).replace("&#58;", ":")));
        if (nonce.find()) {
            body.append("&primefaces.nonce=").append(encode(nonce.group(1)));
        }
        return send(HttpRequest.newBuilder(uri(page)).header("Accept-Language", "fr")
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        String base = url.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
