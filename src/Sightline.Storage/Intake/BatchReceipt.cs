namespace Sightline.Storage.Intake;

/// <summary>What storing one batch did.</summary>
/// <param name="EventsStored">Events appended to the log.</param>
/// <param name="EventsAlreadyPresent">Events whose source key was already in the log (or repeated in the batch) with the same content: stored once, not again.</param>
/// <param name="AgenciesAdded">Agencies new to the store.</param>
/// <param name="AgenciesUpdated">Known agencies whose name, kind or area changed.</param>
/// <param name="PersonsAdded">Persons new to the store.</param>
/// <param name="PersonsUpdated">Known persons whose details were completed or changed.</param>
public sealed record BatchReceipt(
    int EventsStored,
    int EventsAlreadyPresent,
    int AgenciesAdded,
    int AgenciesUpdated,
    int PersonsAdded,
    int PersonsUpdated)
{
    /// <summary>What identity resolution did with the batch's persons: links made, pairs put on the review list.</summary>
    public Resolution.ResolutionReceipt Resolution { get; init; } = Sightline.Storage.Resolution.ResolutionReceipt.None;
}
