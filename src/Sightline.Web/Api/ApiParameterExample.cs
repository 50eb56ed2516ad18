namespace Sightline.Web.Api;

/// <summary>Endpoint metadata: an example value of a route or query parameter, shown in the OpenAPI description (see <see cref="ApiExamples"/>).</summary>
/// <param name="Name">The parameter's name, e.g. <c>personId</c>.</param>
/// <param name="Value">An example value.</param>
public sealed record ApiParameterExample(string Name, string Value);
