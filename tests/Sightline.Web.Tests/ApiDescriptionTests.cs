using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;

namespace Sightline.Web.Tests;

/// <summary>The OpenAPI description at /openapi/v1.json describes every API endpoint, each with examples.</summary>
[Trait("Database", "SQLite")]
public sealed class ApiDescriptionTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Every_api_endpoint_is_described_with_an_example_of_its_request_and_responses()
    {
        var endpoints = site.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && IsApi(raw.TrimStart('/')))
            .ToList();
        using var response = await site.Anonymous().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var description = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = description.RootElement.GetProperty("paths");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText!.TrimStart('/') == "api/events");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText!.TrimStart('/') == "api/children/{personId}");
        foreach (var endpoint in endpoints)
        {
            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                var where = $"{method} {path}";
                Assert.True(paths.TryGetProperty(path, out var item), $"{where} is not in the description");
                Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{where} is not in the description");
                var examples = operation.GetProperty("responses").EnumerateObject()
                    .Where(r => r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("example", out _)))
                    .Select(r => r.Name)
                    .ToList();
                Assert.True(examples.Any(status => status.StartsWith('2')), $"{where} has no example of a successful response");
                if (operation.TryGetProperty("requestBody", out var body))
                {
                    Assert.True(body.GetProperty("content").EnumerateObject().All(c => c.Value.TryGetProperty("example", out _)), $"{where} has no example request");
                }
                foreach (var parameter in operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
                {
                    Assert.True(parameter.TryGetProperty("example", out _), $"{where}: parameter {parameter.GetProperty("name")} has no example");
                }
            }
        }
    }

    [Fact]
    public async Task The_description_of_the_intake_shows_a_batch_and_the_reply()
    {
        using var response = await site.Anonymous().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var description = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var post = description.RootElement.GetProperty("paths").GetProperty("/api/events").GetProperty("post");
        var request = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("injury", request.GetProperty("events")[1].GetProperty("kind").GetString());
        var reply = post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("bruising-non-mobile", reply.GetProperty("alerts")[0].GetProperty("rule").GetString());
        Assert.True(post.GetProperty("responses").GetProperty("422").GetProperty("content").GetProperty("application/problem+json").TryGetProperty("example", out _));
    }

    private static bool IsApi(string path) =>
        path.StartsWith("api/", StringComparison.Ordinal) || path == "fhir" || path.StartsWith("fhir/", StringComparison.Ordinal);
}
