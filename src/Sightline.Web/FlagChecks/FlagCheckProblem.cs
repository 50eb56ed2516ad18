namespace Sightline.Web.FlagChecks;

/// <summary>What is wrong with one query parameter of a flag check.</summary>
/// <param name="Parameter">The parameter, e.g. <c>born</c>.</param>
/// <param name="Detail">What is wrong, in words.</param>
internal sealed record FlagCheckProblem(string Parameter, string Detail);
