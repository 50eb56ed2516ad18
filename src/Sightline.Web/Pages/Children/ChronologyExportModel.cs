using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Persons;
using Sightline.Web.Access;
using Sightline.Web.Chronology;

namespace Sightline.Web.Pages.Children;

/// <summary>
/// What the chronology's exports share: the child's chronology filtered as the child's page
/// filters it (agency, kind, significance from the query string). The access policy has decided,
/// and audited the export, before a handler runs.
/// </summary>
internal abstract class ChronologyExportModel(ChronologyReader reader) : PageModel
{
    /// <summary>Only entries recorded by this agency (its id).</summary>
    [BindProperty(SupportsGet = true, Name = "agency")]
    public string? AgencyChosen { get; set; }

    /// <summary>Only entries of this event kind.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindChosen { get; set; }

    /// <summary>Only entries of this significance.</summary>
    [BindProperty(SupportsGet = true, Name = "significance")]
    public string? SignificanceChosen { get; set; }

    /// <summary>The filter as understood; values naming nothing known are dropped.</summary>
    public ChronologyFilter Filter { get; private set; } = ChronologyFilter.None;

    /// <summary>The child and the whole chronology.</summary>
    public ChildChronology Child { get; private set; } = null!;

    /// <summary>The entries the filter lets through, newest first.</summary>
    public IReadOnlyList<ChronologyEntry> Entries { get; private set; } = [];

    /// <summary>Reads the chronology and applies the filter; false when there is no such child.</summary>
    protected async Task<bool> LoadAsync(string personId, CancellationToken cancellationToken)
    {
        var id = new PersonId(personId);
        var child = await reader.ReadAsync(id, OpenedFamily.Of(HttpContext, id), cancellationToken);
        if (child is null)
        {
            return false;
        }
        Child = child;
        Filter = ChronologyFilter.Parse(AgencyChosen, KindChosen, SignificanceChosen);
        Entries = child.Entries.Where(Filter.Matches).ToList();
        return true;
    }
}
