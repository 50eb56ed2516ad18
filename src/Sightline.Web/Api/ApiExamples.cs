namespace Sightline.Web.Api;

/// <summary>
/// Examples for the OpenAPI description (<c>/openapi/v1.json</c>), one line each where an
/// endpoint is mapped. Every API endpoint must have one (a test reads the description):
/// <code>
/// endpoints.MapPost("/api/things", PostAsync)
///     .WithRequestExample(new { name = "a thing" })
///     .WithResponseExample(200, new ThingReply(1))
///     .WithResponseExample(422, Examples.InvalidThing);
/// endpoints.MapGet("/api/things/{id}", GetAsync)
///     .WithParameterExample("id", "thing-1")
///     .WithResponseExample(200, new Thing("thing-1"));
/// </code>
/// </summary>
public static class ApiExamples
{
    /// <summary>An example request body.</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, object body)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiRequestExample(body));

    /// <summary>An example request body of a media type, for an endpoint that reads its body itself.</summary>
    public static TBuilder WithRequestExample<TBuilder>(this TBuilder builder, object body, string contentType)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiRequestExample(body, contentType));

    /// <summary>An example response body for a status code.</summary>
    public static TBuilder WithResponseExample<TBuilder>(this TBuilder builder, int status, object body)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiResponseExample(status, body));

    /// <summary>An example value of a route or query parameter.</summary>
    public static TBuilder WithParameterExample<TBuilder>(this TBuilder builder, string name, string value)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiParameterExample(name, value));
}
