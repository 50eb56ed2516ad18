namespace Sightline.Web.Api.Flags;

/// <summary>How a record was found.</summary>
/// <param name="By"><c>nhs-number</c> or <c>demographics</c>.</param>
/// <param name="Confidence">The match probability: 1 for an NHS number; at least 0.99 for a demographic match shown.</param>
/// <param name="Evidence">What agreed and how, e.g. <c>given name: known alias</c>, <c>postcode: same sector</c>.</param>
internal sealed record MatchResponse(string By, double Confidence, IReadOnlyList<string> Evidence);
