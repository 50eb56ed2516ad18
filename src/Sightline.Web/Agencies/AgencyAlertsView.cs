using Sightline.Web.Alerts;

namespace Sightline.Web.Agencies;

/// <summary>The alerts that notify one agency.</summary>
/// <param name="Agency">The agency.</param>
/// <param name="Alerts">Its alerts, overdue first and then newest first.</param>
/// <param name="Limit">The most alerts read; when <paramref name="Alerts"/> holds this many, older ones are not shown.</param>
internal sealed record AgencyAlertsView(AgencyListing Agency, IReadOnlyList<AlertLine> Alerts, int Limit)
{
    /// <summary>True when older alerts were left out.</summary>
    public bool IsCut => Alerts.Count >= Limit;
}
