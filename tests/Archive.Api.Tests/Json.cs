using System.Net;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>Reading responses in tests.</summary>
internal static class Json
{
    public static async Task<JsonElement> GetJson(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>GETs a URL that must fail, and checks the problem+json shape; returns the problem.</summary>
    public static async Task<JsonElement> GetProblem(this HttpClient client, string url, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString()!;

    public static List<string> Ids(this JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => (i.TryGetProperty("letter", out var letter) ? letter : i).GetProperty("id").GetString()!)];
}
