namespace Sightline.Web.Api;

/// <summary>Endpoint metadata: an example response body for one status, shown in the OpenAPI description (see <see cref="ApiExamples"/>).</summary>
/// <param name="Status">The status code it answers with, e.g. 200 or 422.</param>
/// <param name="Body">The body, as an object serialised with the API's JSON options, or a <see cref="System.Text.Json.Nodes.JsonNode"/>.</param>
public sealed record ApiResponseExample(int Status, object Body);
