using System.Net;
using System.Net.Sockets;
using System.Text;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// The API on a real Kestrel server on loopback, for what the in-memory server cannot show: requests written by
/// hand, byte for byte, as an old client or an attacker would send them.
/// </summary>
public sealed class KestrelTests : IDisposable
{
    private readonly ApiFactory _api = ApiFactory.For(RepositoryPaths.ApiFixtureContent);

    public KestrelTests()
    {
        _api.UseKestrel(0);
        _api.StartServer();
    }

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task An_http_1_0_request_without_host_gets_links_to_the_address_it_came_in_at()
    {
        var (status, _, body) = await Send("GET /api/v1/letters?pageSize=1 HTTP/1.0\r\n\r\n");

        Assert.Equal(200, status);
        var port = Address.Port;
        var next = $"\"next\":\"http://127.0.0.1:{port}/api/v1/letters?pageSize=1\\u0026page=2\"";
        Assert.True(body.Contains(next, StringComparison.Ordinal), body[^200..]);
    }

    [Theory]
    [InlineData(414)]
    [InlineData(431)]
    public async Task A_request_past_the_api_limits_gets_a_problem_not_an_empty_answer(int expected)
    {
        var target = expected == 414 ? "/api/v1/search?q=" + new string('a', 9000) : "/api/v1/letters";
        var header = expected == 431 ? $"X-Large: {new string('b', 40 * 1024)}\r\n" : "";

        var (status, headers, body) = await Send($"GET {target} HTTP/1.1\r\nHost: localhost\r\n{header}Connection: close\r\n\r\n");

        Assert.Equal(expected, status);
        Assert.Contains("Content-Type: application/problem+json", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"\"status\":{expected}", body);
    }

    [Fact]
    public async Task Head_on_a_real_server_has_the_length_of_the_body_and_no_body()
    {
        var (status, headers, body) = await Send("HEAD /api/v1/letters/2009-07-20-ga-debate-on-rtop HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, status);
        Assert.Matches("Content-Length: [1-9][0-9]+", headers);
        Assert.Empty(body);
    }

    private IPEndPoint Address => IPEndPoint.Parse(_api.ClientOptions.BaseAddress.Authority.Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

    // Writes the request as given and reads until the server closes the connection.
    private async Task<(int Status, string Headers, string Body)> Send(string request)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(Address);
        await using var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new MemoryStream();
        await stream.CopyToAsync(reader);
        var text = Encoding.UTF8.GetString(reader.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = text[..split];
        return (int.Parse(headers.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, text[(split + 4)..]);
    }
}
