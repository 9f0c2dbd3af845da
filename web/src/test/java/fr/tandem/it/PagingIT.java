package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one paging convention of the API's lists: {@code first} (default 0) and {@code size}
 * (default 20, at most 500), the same answer {@code {total, totalExact, items}}, and the same 400
 * {@code paging.window} for a negative {@code first} or a size out of range.
 */
class PagingIT extends ApiTestBase {

    /** Each paged list and a demo account that may read it. */
    private static final Map<String, String> LISTS = Map.of(
            "api/schools", "dsi",
            "api/equipment", "dsi",
            "api/accounts", "admin",
            "api/audit", "admin",
            "api/training/catalogue", "enseignant",
            "api/support/requests", "dsi");

    @Test
    void everyPagedListAnswersTheSameShapeAndHonoursTheMaximum() {
        LISTS.forEach((list, who) -> {
            Api reader = new Api(url).as(who, PASSWORD);
            for (String window : new String[]{"", "?size=500", "?first=3&size=1"}) {
                Api.Reply page = reader.get(list + window);
                assertThat(list + window + " " + page.body(), page.status(), is(200));
                JsonObject answer = page.json();
                assertThat(list, answer.get("total").getValueType(), is(JsonValue.ValueType.NUMBER));
                JsonValue.ValueType exact = answer.get("totalExact") == null ? null : answer.get("totalExact").getValueType();
                assertThat(list, exact == JsonValue.ValueType.TRUE || exact == JsonValue.ValueType.FALSE, is(true));
                assertThat(list, answer.get("items").getValueType(), is(JsonValue.ValueType.ARRAY));
                int most = window.isEmpty() ? 20 : window.contains("size=1") ? 1 : 500;
                assertThat(list + window, answer.getJsonArray("items").size() <= most, is(true));
            }
        });
    }

    @Test
    void everyPagedListRefusesTheSameWindowsWithTheSameProblem() {
        LISTS.forEach((list, who) -> {
            for (String window : new String[]{"size=501", "size=0", "size=-1", "first=-1", "size=99999999"}) {
                Api.Reply refused = new Api(url).as(who, PASSWORD).get(list + "?" + window);
                assertThat(list + "?" + window, refused.status(), is(400));
                assertThat(refused.contentType(), startsWith("application/problem+json"));
                assertThat(refused.json().getString("code"), is("paging.window"));
                assertThat(refused.json().getString("detail"), containsString("entre 1 et 500"));
            }
            Api.Reply english = new Api(url).as(who, PASSWORD).inLanguage("en").get(list + "?size=501");
            assertThat(english.json().getString("detail"), is("The page asked for is not valid (first=0, size=501): "
                    + "first must be 0 or more and size between 1 and 500."));
        });
    }
}
