using Sightline.Core.Persons;
using Sightline.Linkage.Scoring;

namespace Sightline.Storage.Resolution;

/// <summary>A pair of records on the review list, with both records as stored and the evidence.</summary>
/// <param name="Id">The review's id.</param>
/// <param name="Record">One record as stored.</param>
/// <param name="OtherRecord">The other record as stored.</param>
/// <param name="Probability">The model's match probability.</param>
/// <param name="Evidence">Each comparison's level, values and weight.</param>
/// <param name="RaisedAt">When the pair was put on the list.</param>
/// <param name="Outcome">Null while open; <c>linked</c> or <c>kept-apart</c> once decided.</param>
/// <param name="DecidedBy">Who decided.</param>
public sealed record IdentityReview(
    long Id,
    Person Record,
    Person OtherRecord,
    double Probability,
    IReadOnlyList<ComparisonEvidence> Evidence,
    DateTimeOffset RaisedAt,
    string? Outcome,
    string? DecidedBy);
