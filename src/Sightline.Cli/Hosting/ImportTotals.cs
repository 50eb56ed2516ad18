namespace Sightline.Cli.Hosting;

/// <summary>What a load stored, summed over its batches.</summary>
/// <param name="Batches">Batches stored.</param>
/// <param name="EventsStored">Events new to the log.</param>
/// <param name="EventsAlreadyPresent">Events the log held already.</param>
/// <param name="AlertsRaised">New alerts the live protocols raised.</param>
internal sealed record ImportTotals(int Batches, int EventsStored, int EventsAlreadyPresent, int AlertsRaised)
{
    public static ImportTotals None { get; } = new(0, 0, 0, 0);

    public ImportTotals Add(int stored, int present, int alerts) =>
        new(Batches + 1, EventsStored + stored, EventsAlreadyPresent + present, AlertsRaised + alerts);
}
