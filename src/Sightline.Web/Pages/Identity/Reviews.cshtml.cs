using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Storage.Audit;
using Sightline.Storage.Resolution;
using Sightline.Web.Access;

namespace Sightline.Web.Pages.Identity;

/// <summary>
/// The review list of identity resolution for an agency's safeguarding lead: pairs of records,
/// one of them the agency's own, that the person model could not settle, side by side with the
/// evidence, to link as one person or keep apart; and the links made to the agency's records,
/// to undo with a reason. Showing a pair shows both records, so each is audited as a read.
/// </summary>
[Authorize(Roles = SightlineRoles.SafeguardingLead)]
internal sealed class ReviewsModel(IdentityDecisions identity, AuditLog audit) : PageModel
{
    /// <summary>Open reviews touching the lead's agency.</summary>
    public IReadOnlyList<IdentityReview> Reviews { get; private set; } = [];

    /// <summary>Links, live or undone, touching the lead's agency, newest first.</summary>
    public IReadOnlyList<IdentityLink> Links { get; private set; } = [];

    /// <summary>What was just done, for the confirmation banner.</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>The reason typed for undoing a link.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>A problem with what was sent, shown in an error summary.</summary>
    public string? Problem { get; private set; }

    /// <summary>The link whose reason field the problem is about.</summary>
    public long? ProblemLink { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostLinkAsync(long id, CancellationToken cancellationToken)
    {
        var review = await identity.FindReviewAsync(id, cancellationToken);
        if (review is null || !Mine(review))
        {
            return NotFound();
        }
        await identity.LinkAsync(id, Maker(), cancellationToken);
        Done = $"Linked: {Describe(review.Record)} and {Describe(review.OtherRecord)} are now one person.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostKeepApartAsync(long id, CancellationToken cancellationToken)
    {
        var review = await identity.FindReviewAsync(id, cancellationToken);
        if (review is null || !Mine(review))
        {
            return NotFound();
        }
        await identity.KeepApartAsync(id, Maker(), cancellationToken);
        Done = $"Kept apart: {Describe(review.Record)} and {Describe(review.OtherRecord)} are two people.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlinkAsync(long id, string record, CancellationToken cancellationToken)
    {
        var links = await identity.LinksOfAsync(new PersonId(record), cancellationToken);
        var link = links.SingleOrDefault(l => l.Id == id && l.IsActive);
        if (link is null || !Mine(link.Record, link.OtherRecord))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Reason) || Reason.Trim().Length < 10)
        {
            Problem = "Say why these records are not one person, in at least a few words.";
            ProblemLink = id;
            await LoadAsync(cancellationToken);
            return Page();
        }
        await identity.UnlinkAsync(id, Maker(), Reason, cancellationToken);
        Done = $"Link undone: {link.Record} and {link.OtherRecord} are read as two people again.";
        return RedirectToPage();
    }

    /// <summary>A record's agency as its id says, or "" for records loaded whole (scenarios, demo families).</summary>
    public static string AgencyOf(PersonId record) => AgencyRecord.TrySplit(record, out var agency, out _) ? agency.Value : "";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var requester = Requester.Of(HttpContext);
        Reviews = (await identity.OpenReviewsAsync(ct: cancellationToken)).Where(Mine).ToList();
        foreach (var record in Reviews.SelectMany(r => new[] { r.Record.Id, r.OtherRecord.Id }).Distinct())
        {
            await audit.AppendAsync(new AuditRecord(requester.Actor, requester.Agency, requester.Role, AuditAction.Read, record, "identity review: the record's name, date of birth, sex, NHS number and postcode beside another's", null, requester.From), cancellationToken);
        }
        Links = await identity.RecentLinksAsync(requester.Agency!.Value, ct: cancellationToken);
    }

    private bool Mine(IdentityReview review) => Mine(review.Record.Id, review.OtherRecord.Id);

    private bool Mine(PersonId record, PersonId other)
    {
        var agency = Requester.Of(HttpContext).Agency?.Value;
        return agency is not null && (AgencyOf(record) == agency || AgencyOf(other) == agency);
    }

    private DecisionMaker Maker()
    {
        var requester = Requester.Of(HttpContext);
        return new DecisionMaker(requester.Actor, requester.Agency!.Value, requester.Role ?? SightlineRoles.SafeguardingLead, requester.From);
    }

    private static string Describe(Person person) => $"{person.Name ?? person.Id.Value} ({person.Id})";
}
