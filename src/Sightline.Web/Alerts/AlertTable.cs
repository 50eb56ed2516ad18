namespace Sightline.Web.Alerts;

/// <summary>What the shared alert table draws.</summary>
/// <param name="Caption">The table's caption.</param>
/// <param name="Alerts">The alerts, in the order to show.</param>
/// <param name="ShowSubjects">Whether to name whom each alert is about (on an agency's list, not on a child's page).</param>
/// <param name="ReturnTo">The page to come back to after acknowledging an alert from the table (this page's address).</param>
internal sealed record AlertTable(string Caption, IReadOnlyList<AlertLine> Alerts, bool ShowSubjects, string? ReturnTo = null);
