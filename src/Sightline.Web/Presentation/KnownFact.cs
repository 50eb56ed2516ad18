namespace Sightline.Web.Presentation;

/// <summary>A fact about a person and the agencies that know it.</summary>
/// <param name="Fact">The fact in words, e.g. "probation: not engaging".</param>
/// <param name="KnownTo">The names of the agencies that know it.</param>
internal sealed record KnownFact(string Fact, IReadOnlyList<string> KnownTo);
