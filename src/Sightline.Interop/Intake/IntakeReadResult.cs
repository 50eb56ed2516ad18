using System.Diagnostics.CodeAnalysis;
using Sightline.Core.Intake;

namespace Sightline.Interop.Intake;

/// <summary>What reading an intake batch gave: the batch to store, or every problem found in it.</summary>
public sealed record IntakeReadResult
{
    private IntakeReadResult(IntakeBatch? batch, IReadOnlyList<IntakeProblem> problems, IReadOnlyList<IntakeProblem> claims, bool wellFormed)
    {
        Batch = batch;
        Problems = problems;
        OtherAgencyClaims = claims;
        IsWellFormed = wellFormed;
    }

    /// <summary>The batch, when it has no problems: the sender's ids made Sightline record ids, every event sourced to the sender.</summary>
    public IntakeBatch? Batch { get; }

    /// <summary>Every problem found, in document order within each section; empty when the batch was read.</summary>
    public IReadOnlyList<IntakeProblem> Problems { get; }

    /// <summary>
    /// The places where the batch says it comes from an agency other than the sender (<c>agency</c>
    /// at the top or on an event). Such a batch is refused whole, whatever else is in it: an agency
    /// sends its own records only.
    /// </summary>
    public IReadOnlyList<IntakeProblem> OtherAgencyClaims { get; }

    /// <summary>
    /// False when the text is not JSON at all (not UTF-8, broken syntax, a key given twice), so
    /// that nothing in it could be checked; its one problem says why.
    /// </summary>
    public bool IsWellFormed { get; }

    /// <summary>True when the batch had no problems and <see cref="Batch"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Batch))]
    public bool IsAccepted => Batch is not null;

    internal static IntakeReadResult Accepted(IntakeBatch batch) => new(batch, [], [], true);

    internal static IntakeReadResult Rejected(IReadOnlyList<IntakeProblem> problems, IReadOnlyList<IntakeProblem> claims, bool wellFormed) =>
        new(null, problems, claims, wellFormed);
}
