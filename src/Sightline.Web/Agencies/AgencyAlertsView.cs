using Sightline.Web.Alerts;

namespace Sightline.Web.Agencies;

/// <summary>The alerts that notify one agency.</summary>
/// <param name="Agency">The agency.</param>
/// <param name="Alerts">Its alerts that <paramref name="Show"/> lets through, overdue first and then newest first.</param>
/// <param name="Limit">The most alerts read; when that many were read, older ones are not shown.</param>
/// <param name="Show">Which alerts are shown.</param>
/// <param name="Open">How many of the alerts read are open (not acknowledged by the agency).</param>
/// <param name="Acknowledged">How many the agency has acknowledged.</param>
internal sealed record AgencyAlertsView(AgencyListing Agency, IReadOnlyList<AlertLine> Alerts, int Limit, AlertShow Show, int Open, int Acknowledged)
{
    /// <summary>True when older alerts were left out.</summary>
    public bool IsCut => Open + Acknowledged >= Limit;
}
