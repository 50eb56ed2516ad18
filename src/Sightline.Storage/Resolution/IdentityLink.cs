using Sightline.Core.Persons;
using Sightline.Linkage.Resolution;
using Sightline.Linkage.Scoring;

namespace Sightline.Storage.Resolution;

/// <summary>A link between two agency records of one person, live or undone.</summary>
/// <param name="Id">The link's id, for undoing it.</param>
/// <param name="Record">One record.</param>
/// <param name="OtherRecord">The other.</param>
/// <param name="Method">How it was made.</param>
/// <param name="Probability">The model's match probability (1 for an NHS number or a practitioner's decision).</param>
/// <param name="Evidence">Each comparison's level and weight, when the model decided.</param>
/// <param name="LinkedAt">When.</param>
/// <param name="LinkedBy">Who: <c>sightline</c> for an automatic link, else the user.</param>
/// <param name="UnlinkedAt">When it was undone, if it was.</param>
/// <param name="UnlinkedBy">Who undid it.</param>
/// <param name="UnlinkReason">Why.</param>
public sealed record IdentityLink(
    long Id,
    PersonId Record,
    PersonId OtherRecord,
    ResolutionMethod Method,
    double Probability,
    IReadOnlyList<ComparisonEvidence> Evidence,
    DateTimeOffset LinkedAt,
    string LinkedBy,
    DateTimeOffset? UnlinkedAt,
    string? UnlinkedBy,
    string? UnlinkReason)
{
    /// <summary>True while the link holds.</summary>
    public bool IsActive => UnlinkedAt is null;
}
