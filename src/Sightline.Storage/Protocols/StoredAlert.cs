using Sightline.Core.Protocols;

namespace Sightline.Storage.Protocols;

/// <summary>An alert as stored: the alert, its row id and when the system raised it.</summary>
/// <param name="Id">The stored alert's id.</param>
/// <param name="Alert">The alert.</param>
/// <param name="RecordedAt">When the live protocols raised it (a back-dated event can raise an alert dated earlier).</param>
public sealed record StoredAlert(long Id, Alert Alert, DateTimeOffset RecordedAt);
