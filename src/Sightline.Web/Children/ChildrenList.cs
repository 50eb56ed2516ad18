using Microsoft.Extensions.Caching.Memory;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Protocols;
using Sightline.Web.Access;
using Sightline.Web.Presentation;

namespace Sightline.Web.Children;

/// <summary>
/// The children page's list: the stored children the requester may open (the access policy
/// decides them all at once, as it would each), with the flags the live protocols keep (active plans, alerts),
/// filtered and searched, flagged children first and then by name, one page at a time. A child's
/// area is the one recorded for them, else the area holding their plan. The search and filters
/// are matched here, in memory, against the visible children only: nothing typed reaches a
/// database query, and a search finds no child the requester may not open.
/// </summary>
/// <remarks>
/// Deciding every child folds every family the requester's agency recorded in, so the set a
/// requester may see is kept for <see cref="VisibleFor"/>: the list may lag a new involvement by that
/// long, but opening a record always asks the policy afresh.
/// </remarks>
internal sealed class ChildrenList(SightlineStore store, SightlineAlerts alerts, PersonAccess access, IMemoryCache cache)
{
    /// <summary>How long the set of children a requester may see is kept for their list.</summary>
    public static TimeSpan VisibleFor { get; } = TimeSpan.FromMinutes(2);

    public async Task<ChildrenPage> ReadAsync(ChildrenQuery query, Requester requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(requester);
        var stored = await store.ListChildrenAsync(cancellationToken);
        var visible = await cache.GetOrCreateAsync(
            $"visible-children:{requester.Agency}:{requester.Actor}",
            entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = VisibleFor;
                return access.VisibleAsync(requester, stored.Select(c => c.Id), cancellationToken);
            }) ?? new HashSet<PersonId>();
        var children = stored.Where(c => visible.Contains(c.Id)).ToList();
        var flags = requester.Agency is { } own
            ? await alerts.OpenSummariesAsync(own, cancellationToken)
            : await alerts.SummariesAsync(cancellationToken);
        var listed = children.Select(c =>
        {
            var summary = flags.GetValueOrDefault(c.Id);
            return new ChildListing(
                c.Id,
                c.Name ?? CaseNames.Unnamed(c.Id),
                c.NhsNumber?.Formatted,
                c.Born,
                c.Born is null ? c.Due : null,
                c.LocalAuthority ?? summary?.Plans.Select(p => p.LocalAuthority).FirstOrDefault(),
                summary?.Plans.Select(p => p.Plan).ToList() ?? [],
                summary?.Alerts ?? 0,
                summary?.LatestAlert,
                c.Postcode);
        }).ToList();
        var areas = listed.Select(c => c.Area).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var filtered = listed
            .Where(c => query.Area is null || c.Area == query.Area)
            .Where(c => !query.FlaggedOnly || c.HasFlags)
            .Where(c => query.NhsNumber is null || c.NhsNumber == query.NhsNumber.Value.Formatted)
            .ToList();
        if (query.Born is not null)
        {
            // A date of birth is matched against every candidate's, so those first recorded
            // unborn need their birth looked up first.
            filtered = await WithBirthsAsync(filtered, cancellationToken);
        }
        var matching = filtered
            .Where(query.Matches)
            .OrderByDescending(c => c.HasFlags)
            .ThenByDescending(c => c.Plans.Count)
            .ThenByDescending(c => c.LatestAlert)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var pages = Math.Max(1, (matching.Count + ChildrenQuery.PageSize - 1) / ChildrenQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var shown = matching.Skip((page - 1) * ChildrenQuery.PageSize).Take(ChildrenQuery.PageSize).ToList();
        return new ChildrenPage(
            await WithBirthsAsync(shown, cancellationToken),
            areas,
            matching.Count,
            page,
            pages);
    }

    /// <summary>
    /// Children first recorded unborn keep that record; their birth is an event. Only the page's
    /// children are looked up (or, for a search by date of birth, the candidates left after the
    /// other filters), one indexed query each, so the list stays quick however many there are.
    /// </summary>
    private async Task<List<ChildListing>> WithBirthsAsync(List<ChildListing> children, CancellationToken cancellationToken)
    {
        var completed = new List<ChildListing>(children.Count);
        foreach (var child in children)
        {
            if (child.Born is not null)
            {
                completed.Add(child);
                continue;
            }
            var chronology = await store.LoadChronologyAsync(child.Id, cancellationToken);
            var birth = chronology.Select(e => e.Event).OfType<Born>().FirstOrDefault();
            completed.Add(birth is null ? child : child with { Born = birth.Date, Due = null });
        }
        return completed;
    }
}
