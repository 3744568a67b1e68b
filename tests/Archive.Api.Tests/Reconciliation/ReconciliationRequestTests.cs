using System.Net;
using System.Text.Json;
using Archive.Testing;

namespace Archive.Api.Tests.Reconciliation;

/// <summary>
/// The reconciliation service as HTTP (issue 22): a bad request is a problem+json 400 naming the parameter and what
/// is wrong in it, never a 500; CORS lets a page anywhere use it, by GET and by form POST; the OpenAPI document
/// lists its routes; and its preview card escapes every value and runs nothing.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ReconciliationRequestTests(ApiFactory api)
{
    private const string Service = "/api/v1/reconcile";
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("{\"q0\":{\"query\":", "queries", "is not valid JSON")]
    [InlineData("[]", "queries", "must be a JSON object of queries by key")]
    [InlineData("{\"q0\":\"DanChurchAid\"}", "queries", "q0 must be an object with a query")]
    [InlineData("{\"q0\":{}}", "queries", "q0 has no query")]
    [InlineData("{\"q0\":{\"query\":42}}", "queries", "q0.query must be a string")]
    [InlineData("{\"q0\":{\"query\":\"X\",\"type\":\"Person\"}}", "queries", "q0.type: 'Person' is not a type of this service; it has Organization")]
    [InlineData("{\"q0\":{\"query\":\"X\",\"type\":[\"Organization\",\"Person\"]}}", "queries", "'Person' is not a type")]
    [InlineData("{\"q0\":{\"query\":\"X\",\"properties\":[{\"pid\":\"city\",\"v\":\"Kampala\"}]}}", "queries", "q0.properties[0]: 'city' is not a property of this service; it matches on country")]
    [InlineData("{\"q0\":{\"query\":\"X\",\"properties\":[{\"pid\":\"country\",\"v\":\"Narnia\"}]}}", "queries", "\"Narnia\" is not a country")]
    [InlineData("{\"q0\":{\"query\":\"X\",\"properties\":[{\"pid\":\"country\"}]}}", "queries", "must be an object with pid and v")]
    [InlineData("{\"q0\":{\"query\":\"X\",\"limit\":0}}", "queries", "q0.limit must be a whole number of 1 or more")]
    [InlineData("{\"q0\":{\"query\":\"X\",\"limit\":\"3\"}}", "queries", "q0.limit must be a whole number")]
    [InlineData("{\"q0\":{\"query\":\"X\",\"type_strict\":\"maybe\"}}", "queries", "type_strict must be any, should or all")]
    public async Task A_malformed_batch_is_a_400_naming_the_parameter_and_the_query(string queries, string parameter, string detail)
    {
        var byGet = await _client.GetProblem($"{Service}?queries={Uri.EscapeDataString(queries)}", HttpStatusCode.BadRequest);
        var byPost = await PostProblem(("queries", queries));

        foreach (var problem in new[] { byGet, byPost })
        {
            Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
            Assert.Contains(detail, problem.Detail(), StringComparison.Ordinal);
        }

        Assert.Equal(0, api.UnhandledErrors);
    }

    [Theory]
    [InlineData("{\"ids\":[\"danchurchaid\"]}", "must be a JSON object with the arrays ids and properties")]
    [InlineData("{\"ids\":[\"danchurchaid\"],\"properties\":[{\"id\":\"budget\"}]}", "properties[0]: 'budget' is not a property of this service; it has countries, website, letter_count, first_letter_date, last_letter_date")]
    [InlineData("{\"ids\":[7],\"properties\":[]}", "ids[0] must be a string")]
    [InlineData("not json", "is not valid JSON")]
    public async Task A_malformed_data_extension_is_a_400_naming_extend(string extend, string detail)
    {
        var problem = await PostProblem(("extend", extend));

        Assert.Equal("extend", problem.GetProperty("parameter").GetString());
        Assert.Contains(detail, problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_of_more_than_100_queries_is_refused_with_what_to_do()
    {
        var queries = JsonSerializer.Serialize(Enumerable.Range(0, 101).ToDictionary(i => $"q{i}", _ => new { query = "FORSC" }));

        var problem = await PostProblem(("queries", queries));

        Assert.Contains("send them in batches of 100 or fewer", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_queries_or_with_both_queries_and_extend_is_a_400()
    {
        var missing = await PostProblem(("other", "x"));
        var both = await PostProblem(("queries", "{\"q0\":{\"query\":\"X\"}}"), ("extend", "{\"ids\":[],\"properties\":[]}"));

        Assert.Equal("queries", missing.GetProperty("parameter").GetString());
        Assert.Contains("give either queries or extend, not both", both.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_that_is_not_a_form_is_refused_as_a_problem_not_a_500()
    {
        using var json = new StringContent("{\"queries\":{}}", System.Text.Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(Service, json);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, api.UnhandledErrors);
    }

    [Theory]
    [InlineData("/api/v1/reconcile?query=DanChurchAid", "query", "not a parameter of this route")]
    [InlineData("/api/v1/reconcile/suggest/entity", "prefix", "missing")]
    [InlineData("/api/v1/reconcile/suggest/entity?prefix=dan&cursor=ten", "cursor", "'ten' is not a number")]
    [InlineData("/api/v1/reconcile/suggest/entity?prefix=dan&type=Person", "type", "'Person' is not a type of this service")]
    [InlineData("/api/v1/reconcile/properties?type=Person", "type", "'Person' is not a type of this service")]
    [InlineData("/api/v1/reconcile/properties?type=Organization&limit=-1", "limit", "not a whole number")]
    [InlineData("/api/v1/reconcile/preview", "id", "missing")]
    public async Task A_bad_parameter_of_suggest_properties_or_preview_is_a_400_naming_it(string url, string parameter, string detail)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(detail, problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_of_an_unknown_id_is_a_404()
    {
        var problem = await _client.GetProblem($"{Service}/preview?id=no-such-organization", HttpStatusCode.NotFound);

        Assert.Contains("'no-such-organization'", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_anywhere_may_post_a_batch_and_read_the_answer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Service)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("queries", "{\"q0\":{\"query\":\"FORSC\"}}")]),
        };
        request.Headers.Add("Origin", "https://elsewhere.example");
        using var response = await _client.SendAsync(request);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, Service);
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var allowed = await _client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("*", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_form_post_with_its_fields()
    {
        var document = await _client.GetJson("/api/openapi/v1.json");

        var post = document.GetProperty("paths").GetProperty(Service).GetProperty("post");
        var form = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/x-www-form-urlencoded");
        Assert.Contains("queries", form.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("extend", form.GetRawText(), StringComparison.Ordinal);
        Assert.True(post.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task The_preview_card_shows_names_countries_and_letter_count_and_its_policy_allows_no_script()
    {
        using var response = await _client.GetAsync($"{Service}/preview?id=forum-pour-le-renforcement-de-la-societe-civile");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Forum pour le Renforcement de la Société Civile</a></h1>", html, StringComparison.Ordinal);
        Assert.Contains("FORSC; Forum pour le Renforcement de la Société civile au Burundi (FORSC); Forum to Reinforce Civil Society", html, StringComparison.Ordinal);
        Assert.Contains("<p>Burundi</p>", html, StringComparison.Ordinal);
        Assert.Matches(@"<p>\d+ letters? signed</p>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_card_escapes_every_value_of_a_hostile_organization()
    {
        using var content = new TemporaryContent()
            .Organization("hostile", """
                name: "<script>alert(1)</script> & Co"
                acronym: "<b>HC</b>"
                aliases: ["\"><img src=x onerror=alert(2)>"]
                countries: [KE]
                """)
            .Write("sources/x.txt", "x")
            .Letter("2001-x", "title: X\ndate: 2001\nsource: sources/x.txt\nsignatories:\n  - name: \"<script>alert(1)</script> & Co\"");
        using var factory = ApiFactory.For(content.Root);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync($"{Service}/preview?id=hostile");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html, StringComparison.Ordinal);
        Assert.Contains("<p>1 letter signed</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconciliation_counts_against_the_rate_limit_like_every_route()
    {
        using var factory = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
        {
            ["Archive:RateLimit:PermitLimit"] = "1",
            ["Archive:RateLimit:WindowSeconds"] = "3600",
        });
        using var client = factory.CreateClient();
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("queries", "{\"q0\":{\"query\":\"FORSC\"}}")]);

        using var first = await client.PostAsync(Service, form);
        using var second = await client.PostAsync(Service, form);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_batch_counts_as_many_requests_as_it_has_queries_and_one_over_what_is_left_is_a_429()
    {
        using var factory = ApiFactory.For(RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?>
        {
            ["Archive:RateLimit:PermitLimit"] = "5",
            ["Archive:RateLimit:WindowSeconds"] = "3600",
        });
        using var client = factory.CreateClient();

        using var three = await client.PostAsync(Service, Batch(3));
        using var threeMore = await client.PostAsync(Service, Batch(3));
        using var two = await client.PostAsync(Service, Batch(2));
        using var one = await client.PostAsync(Service, Batch(1));

        Assert.Equal(HttpStatusCode.OK, three.StatusCode);
        Assert.StartsWith("\"client\";r=2;", three.Headers.GetValues("RateLimit").Single(), StringComparison.Ordinal);
        // Three queries with two requests left: refused whole, and it takes nothing, so a smaller batch still fits.
        Assert.Equal(HttpStatusCode.TooManyRequests, threeMore.StatusCode);
        Assert.Equal("application/problem+json", threeMore.Content.Headers.ContentType?.MediaType);
        var seconds = threeMore.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(seconds ?? 0, 1, 3600);
        Assert.Equal($"\"client\";r=2;t={seconds}", threeMore.Headers.GetValues("RateLimit").Single());
        Assert.Contains("A batch of 3 queries counts as 3 requests, and this address has 2 left", (await threeMore.Content.ReadAsStringAsync()).Replace("\\u0027", "'", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        Assert.StartsWith("\"client\";r=0;", two.Headers.GetValues("RateLimit").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, one.StatusCode);

        static FormUrlEncodedContent Batch(int queries) => new([new KeyValuePair<string, string>(
            "queries",
            JsonSerializer.Serialize(Enumerable.Range(0, queries).ToDictionary(i => $"q{i}", _ => new { query = "FORSC" })))]);
    }

    private async Task<JsonElement> PostProblem(params (string Field, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Field, f.Value)));
        using var response = await _client.PostAsync(Service, form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
