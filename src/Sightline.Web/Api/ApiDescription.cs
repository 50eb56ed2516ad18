using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Sightline.Web.Access;

namespace Sightline.Web.Api;

/// <summary>
/// The OpenAPI description of the API (ASP.NET Core's own generator), served at
/// <c>/openapi/v1.json</c> to anyone: it describes the API, not anybody's records. It holds the
/// endpoints under <c>/api</c> and <c>/fhir</c>, with the examples each endpoint carries
/// (<see cref="ApiExamples"/>).
/// </summary>
internal static class ApiDescription
{
    /// <summary>The document's name, and so its path: <c>/openapi/v1.json</c>.</summary>
    public const string Document = "v1";

    public static IServiceCollection AddSightlineApiDescription(this IServiceCollection services) =>
        services.AddOpenApi(Document, options =>
        {
            options.ShouldInclude = description => IsApi(description.RelativePath);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Sightline API";
                document.Info.Description = "Agency systems send their records and read a child's summary. "
                    + "Every call needs a bearer token (sub, sightline:agency, role) or a signed-in session; see docs/api.md.";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(AddExamples);
        });

    public static IEndpointRouteBuilder MapSightlineApiDescription(this IEndpointRouteBuilder endpoints)
    {
        // A fixed path: a route parameter would be one more kind for the access policy to judge.
        endpoints.MapOpenApi($"/openapi/{Document}.json").AllowAnonymous();
        return endpoints;
    }

    /// <summary>True for a path the description covers (relative, as the API explorer gives it).</summary>
    public static bool IsApi(string? relativePath) =>
        relativePath is { } path
        && (path.StartsWith(Refusals.ApiPrefix.TrimStart('/') + "/", StringComparison.OrdinalIgnoreCase)
            || path.Equals("fhir", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("fhir/", StringComparison.OrdinalIgnoreCase));

    private static Task AddExamples(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var json = context.ApplicationServices.GetService<Microsoft.Extensions.Options.IOptions<JsonOptions>>()?.Value.SerializerOptions ?? JsonSerializerOptions.Web;
        foreach (var example in metadata.OfType<ApiParameterExample>())
        {
            if (operation.Parameters?.FirstOrDefault(p => p.Name == example.Name) is OpenApiParameter parameter)
            {
                parameter.Example = JsonValue.Create(example.Value);
            }
        }
        foreach (var example in metadata.OfType<ApiRequestExample>())
        {
            if (operation.RequestBody is null && example.ContentType is { } type)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType> { [type] = new OpenApiMediaType() },
                };
            }
            foreach (var content in operation.RequestBody?.Content?.Values ?? [])
            {
                content.Example = Node(example.Body, json);
            }
        }
        foreach (var example in metadata.OfType<ApiResponseExample>())
        {
            var status = example.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses?.TryGetValue(status, out var response) == true && response.Content is { } contents)
            {
                foreach (var content in contents.Values)
                {
                    content.Example = Node(example.Body, json);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static JsonNode? Node(object body, JsonSerializerOptions json) =>
        body is JsonNode node ? node.DeepClone() : JsonSerializer.SerializeToNode(body, body.GetType(), json);
}
