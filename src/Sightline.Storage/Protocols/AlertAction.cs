using Sightline.Core.Agencies;

namespace Sightline.Storage.Protocols;

/// <summary>One agency's response to an alert, as stored.</summary>
/// <param name="Id">Its id.</param>
/// <param name="AlertId">The alert responded to.</param>
/// <param name="Agency">The responding agency (one the alert notifies).</param>
/// <param name="User">Who recorded it.</param>
/// <param name="Kind">Acknowledged, or an action taken.</param>
/// <param name="Note">What was done; required for an action taken, optional for an acknowledgement.</param>
/// <param name="At">When it was recorded.</param>
public sealed record AlertAction(long Id, long AlertId, AgencyId Agency, string User, AlertActionKind Kind, string? Note, DateTimeOffset At);
