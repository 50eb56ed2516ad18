using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Access;
using Sightline.Web.Access;
using Sightline.Web.Children;

namespace Sightline.Web.Pages.Children;

/// <summary>
/// A child's page: flags, alerts, household, wider family, agencies, the multi-agency chronology
/// and, for the agencies involved, who has opened the record. The access policy has decided (and
/// audited) before this runs; the page shows how it was opened.
/// </summary>
[PersonRecord(What)]
internal sealed class ChildModel(ChildPageReader reader, AccessHistoryReader history) : PageModel
{
    /// <summary>What the page shows, for the audit log.</summary>
    public const string What = "child page: flags, alerts, due steps, household, wider family, agencies, chronology, access history";

    /// <summary>What the page shows.</summary>
    public ChildView Child { get; private set; } = null!;

    /// <summary>The break-glass grant the page was opened under, if it was.</summary>
    public BreakGlassGrant? Grant { get; private set; }

    /// <summary>Who opened the record: shown to the agencies involved, not to a break-glass reader.</summary>
    public IReadOnlyList<AccessLine>? History { get; private set; }

    /// <summary>The reader's agency, whose alerts page the agencies table links to.</summary>
    public AgencyId? OwnAgency { get; private set; }

    public async Task<IActionResult> OnGetAsync(string personId, CancellationToken cancellationToken)
    {
        var decision = HttpContext.Features.Get<AccessDecision>()
            ?? throw new InvalidOperationException("The child page ran without an access decision.");
        var id = new PersonId(personId);
        var child = await reader.ReadAsync(id, cancellationToken);
        if (child is null)
        {
            return NotFound();
        }
        Child = child;
        Grant = decision.Grant;
        OwnAgency = Requester.Of(HttpContext).Agency;
        History = decision.IsInvolved ? await history.ReadAsync(id, cancellationToken) : null;
        return Page();
    }
}
