using Sightline.Storage.Protocols;

namespace Sightline.Web.Alerts;

/// <summary>An agency's response to an alert, as a page shows it.</summary>
/// <param name="Kind">Acknowledged, or an action taken.</param>
/// <param name="User">Who recorded it.</param>
/// <param name="Agency">Their agency's name.</param>
/// <param name="At">When.</param>
/// <param name="Note">What was done, if said.</param>
internal sealed record AlertResponse(AlertActionKind Kind, string User, string Agency, DateTimeOffset At, string? Note)
{
    /// <summary>The response in words: "Acknowledged" or "Action taken".</summary>
    public string Title => Kind == AlertActionKind.Acknowledged ? "Acknowledged" : "Action taken";
}
