using Sightline.Core.Persons;
using Sightline.Linkage.Scoring;

namespace Sightline.Linkage.Resolution;

/// <summary>What resolution decided about an incoming record and one known record, and why.</summary>
/// <param name="Incoming">The record that arrived.</param>
/// <param name="Known">The record it was compared with.</param>
/// <param name="Outcome">Link, review or apart.</param>
/// <param name="Method">How: NHS number or model.</param>
/// <param name="Probability">The model's match probability (1 for an NHS number match).</param>
/// <param name="Evidence">Each comparison's level and weight; empty for an NHS number match.</param>
public sealed record ResolutionDecision(
    PersonId Incoming,
    PersonId Known,
    ResolutionOutcome Outcome,
    ResolutionMethod Method,
    double Probability,
    IReadOnlyList<ComparisonEvidence> Evidence);
