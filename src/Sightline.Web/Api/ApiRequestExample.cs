namespace Sightline.Web.Api;

/// <summary>Endpoint metadata: an example request body, shown in the OpenAPI description (see <see cref="ApiExamples"/>).</summary>
/// <param name="Body">The body, as an object serialised with the API's JSON options, or a <see cref="System.Text.Json.Nodes.JsonNode"/>.</param>
public sealed record ApiRequestExample(object Body);
