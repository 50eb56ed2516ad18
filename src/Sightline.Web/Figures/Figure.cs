namespace Sightline.Web.Figures;

/// <summary>One count on the figures page.</summary>
/// <param name="What">What is counted.</param>
/// <param name="Count">How many.</param>
internal sealed record Figure(string What, int Count);
