namespace Sightline.Storage.Protocols;

/// <summary>What a run of the live protocols did.</summary>
/// <param name="Families">Family networks run.</param>
/// <param name="AlertsRaised">New alerts stored.</param>
/// <param name="ObligationsOpen">Obligations open after the run.</param>
public sealed record ProtocolRunReceipt(int Families, int AlertsRaised, int ObligationsOpen)
{
    /// <summary>Nothing run.</summary>
    public static ProtocolRunReceipt None { get; } = new(0, 0, 0);

    /// <summary>The new alerts themselves, in the order raised (<see cref="AlertsRaised"/> of them).</summary>
    public IReadOnlyList<RaisedAlert> Raised { get; init; } = [];

    /// <summary>Adds two receipts.</summary>
    public ProtocolRunReceipt Add(ProtocolRunReceipt other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Families + other.Families, AlertsRaised + other.AlertsRaised, ObligationsOpen + other.ObligationsOpen)
        {
            Raised = [.. Raised, .. other.Raised],
        };
    }
}
