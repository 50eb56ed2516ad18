namespace Sightline.Web.Api;

/// <summary>Endpoint metadata: an example request body, shown in the OpenAPI description (see <see cref="ApiExamples"/>).</summary>
/// <param name="Body">The body, as an object serialised with the API's JSON options, or a <see cref="System.Text.Json.Nodes.JsonNode"/>.</param>
/// <param name="ContentType">The media type, for an endpoint that reads its body itself and so declares no
/// <c>Accepts</c> (which would make routing refuse other media types before the endpoint can say why).</param>
public sealed record ApiRequestExample(object Body, string? ContentType = null);
