namespace Sightline.Web.Api;

/// <summary>Endpoint metadata: an example request body, shown in the OpenAPI description (see <see cref="ApiExamples"/>).</summary>
/// <param name="Body">The body, as an object serialised with the API's JSON options, or a <see cref="System.Text.Json.Nodes.JsonNode"/>.</param>
/// <param name="ContentType">
/// The body's media type, for an endpoint that reads its body itself (no <c>Accepts</c>
/// metadata, whose content-type check would answer before the endpoint's own, clearer one): the
/// description then gains a request body of this type.
/// </param>
public sealed record ApiRequestExample(object Body, string? ContentType = null);
