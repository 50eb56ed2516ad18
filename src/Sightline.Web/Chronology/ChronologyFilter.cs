using Sightline.Core.Agencies;
using Sightline.Core.Events;

namespace Sightline.Web.Chronology;

/// <summary>
/// Which entries of a chronology to show: one agency's, one kind's, one significance's, or any
/// mix; a part left out shows every entry. Read from the page's query string, so it works
/// without script. Values that name nothing known are dropped, never matched as text.
/// </summary>
/// <param name="Agency">Only what this agency recorded.</param>
/// <param name="Kind">Only events of this wire kind.</param>
/// <param name="Significance">Only entries of this significance.</param>
internal sealed record ChronologyFilter(AgencyId? Agency, string? Kind, Significance? Significance)
{
    /// <summary>Every entry.</summary>
    public static ChronologyFilter None { get; } = new(null, null, null);

    /// <summary>True when some part of the filter is set.</summary>
    public bool IsSet => Agency is not null || Kind is not null || Significance is not null;

    /// <summary>The filter from the query string's values.</summary>
    public static ChronologyFilter Parse(string? agency, string? kind, string? significance) => new(
        string.IsNullOrWhiteSpace(agency) ? null : new AgencyId(agency.Trim()),
        EventKinds.TypeOf(kind?.Trim() ?? "") is null ? null : kind!.Trim(),
        Enum.TryParse<Significance>(significance, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null);

    public bool Matches(ChronologyEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (Agency is null || entry.AgencyId == Agency)
            && (Kind is null || entry.Kind == Kind)
            && (Significance is null || entry.Significance == Significance);
    }
}
