namespace Sightline.Web.FlagChecks;

/// <summary>How a record was found: by NHS number (certain) or by demographics (with the match probability and its evidence).</summary>
/// <param name="By"><c>nhs-number</c> or <c>demographics</c>.</param>
/// <param name="Confidence">The match probability, 0 to 1; 1 for an NHS number.</param>
/// <param name="Evidence">Each comparison's outcome in words.</param>
internal sealed record FlagCheckMatch(string By, double Confidence, IReadOnlyList<string> Evidence)
{
    /// <summary>A match by NHS number.</summary>
    public static FlagCheckMatch NhsNumber { get; } = new("nhs-number", 1, ["NHS number: exact"]);
}
