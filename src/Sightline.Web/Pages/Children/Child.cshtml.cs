using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Persons;
using Sightline.Web.Children;

namespace Sightline.Web.Pages.Children;

/// <summary>A child's page: flags, alerts, household, wider family, agencies and the multi-agency chronology.</summary>
internal sealed class ChildModel(ChildPageReader reader) : PageModel
{
    /// <summary>What the page shows.</summary>
    public ChildView Child { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var child = await reader.ReadAsync(new PersonId(id), cancellationToken);
        if (child is null)
        {
            return NotFound();
        }
        Child = child;
        return Page();
    }
}
