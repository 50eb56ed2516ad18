namespace Sightline.Storage.Resolution;

/// <summary>What resolving a batch's persons did.</summary>
/// <param name="Links">The links made, each between an arriving record and a known one.</param>
/// <param name="Reviews">Pairs put on the review list.</param>
public sealed record ResolutionReceipt(IReadOnlyList<IdentityLink> Links, int Reviews)
{
    /// <summary>Nothing linked, nothing to review.</summary>
    public static ResolutionReceipt None { get; } = new([], 0);
}
