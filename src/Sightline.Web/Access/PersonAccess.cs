using Microsoft.Extensions.Caching.Memory;
using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage;
using Sightline.Storage.Access;
using Sightline.Storage.Audit;
using Sightline.Storage.Queries;
using Sightline.Web.Presentation;

namespace Sightline.Web.Access;

/// <summary>
/// The access policy, in one place: whoever asks for a person's record — a page, an API endpoint
/// or an export — is decided here, and the decision is audited here.
/// <list type="bullet">
/// <item>Analysts and administrators never open a person's record; nor does anyone without an agency.</item>
/// <item>Practitioners, safeguarding leads and managers open it when <see cref="AccessFacts.BasisAsync(AgencyId, string, PersonId, CancellationToken)"/>
/// gives their agency (or them, by break-glass) a basis.</item>
/// <item>The flag check (<see cref="DecideFlagCheckAsync"/>) is its own purpose: unscheduled-care
/// settings may ask whether any child has a flagging plan, and see only that, whoever the child is.</item>
/// <item>Every opening appends a <see cref="AuditAction.Read"/> entry naming what was shown and on
/// what basis; every refusal a <see cref="AuditAction.Refused"/> entry. The entry is written before
/// anything is shown, so a read the log could not record is not made.</item>
/// </list>
/// </summary>
internal sealed class PersonAccess(AccessFacts facts, AuditLog audit, SightlineStore store, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>
    /// How long the flag check keeps an agency's kind: checks come in bursts from few agencies, and
    /// an agency that changes kind (a re-registration) is seen within this long.
    /// </summary>
    private static readonly TimeSpan AgencyKept = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The agency kinds whose people may run a flag check: unscheduled-care settings. In the
    /// vocabulary an <c>emergency-department</c> agency runs every unscheduled-care setting of its
    /// hospital — the emergency department, urgent care, walk-in and out-of-hours services.
    /// </summary>
    public static IReadOnlyList<AgencyKind> FlagCheckers { get; } = [AgencyKind.EmergencyDepartment];

    /// <summary>
    /// Whether the requester may run a flag check, a look-up whose purpose is unscheduled care: a
    /// role that works with records, in an agency of a <see cref="FlagCheckers"/> kind. The
    /// decision does not depend on the child (the check is how the setting finds out whether the
    /// child is known) and is not audited here: the check audits what it found, or the refusal.
    /// </summary>
    /// <returns>The decision, and the requester's agency when it is known.</returns>
    public async Task<(AccessDecision Decision, Agency? Agency)> DecideFlagCheckAsync(Requester requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (requester.Agency is not { } id)
        {
            return (AccessDecision.RefusedForRole("no agency"), null);
        }
        if (!requester.MayOpenPersonRecords)
        {
            return (AccessDecision.RefusedForRole($"role {requester.Role ?? "none"} may not check flags"), null);
        }
        var agency = await cache.GetOrCreateAsync(("flag-check-agency", id), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = AgencyKept;
            return store.FindAgencyAsync(id, cancellationToken);
        });
        if (agency is null)
        {
            return (AccessDecision.RefusedForRole($"agency {id} is not known"), null);
        }
        if (!FlagCheckers.Contains(agency.Kind))
        {
            return (AccessDecision.RefusedForRole($"a {Words.Kind(agency.Kind)} agency is not an unscheduled-care setting"), agency);
        }
        return (AccessDecision.Allowed(AccessBasis.UnscheduledCare), agency);
    }

    /// <summary>Decides without auditing, for a list that shows only what may be opened (the list query is audited as a search).</summary>
    public async Task<AccessDecision> DecideAsync(Requester requester, PersonId person, CancellationToken cancellationToken) =>
        (await DecideOnRecordAsync(requester, person, cancellationToken)).Decision;

    /// <summary>Decides and audits: a <see cref="AuditAction.Read"/> (or <paramref name="allowed"/>) of <paramref name="what"/> when allowed, else a <see cref="AuditAction.Refused"/>.</summary>
    /// <param name="requester">Who asks.</param>
    /// <param name="person">Whose record.</param>
    /// <param name="what">What would be shown, e.g. <c>child page: flags, alerts, household, chronology</c>.</param>
    /// <param name="cancellationToken">Cancels the decision.</param>
    /// <param name="allowed">The action an allowed request is audited as: <see cref="AuditAction.Export"/> for an export.</param>
    /// <returns>The decision, and the person's family record it was made on (null when refused or not loaded), for the page to show.</returns>
    public async Task<(AccessDecision Decision, FamilyRecord? Family)> OpenAsync(Requester requester, PersonId person, string what, CancellationToken cancellationToken, AuditAction allowed = AuditAction.Read)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var (decision, family) = await DecideOnRecordAsync(requester, person, cancellationToken);
        var action = decision.IsAllowed ? allowed : AuditAction.Refused;
        await audit.AppendAsync(new AuditRecord(requester.Actor, requester.Agency, requester.Role, action, person, what, decision.Why, requester.From), cancellationToken);
        return (decision, decision.IsAllowed ? family : null);
    }

    /// <summary>
    /// The persons of <paramref name="candidates"/> the requester may open; none for a role without
    /// person records. Not audited: the caller audits its query as a search. Decided all at once
    /// (<see cref="AccessFacts.BasesAsync"/>), with the answer <see cref="DecideAsync"/> gives each.
    /// </summary>
    public async Task<IReadOnlySet<PersonId>> VisibleAsync(Requester requester, IEnumerable<PersonId> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(candidates);
        if (!requester.MayOpenPersonRecords || requester.Agency is not { } agency)
        {
            return new HashSet<PersonId>();
        }
        return (await facts.BasesAsync(agency, requester.Actor, candidates, cancellationToken)).Keys.ToHashSet();
    }

    /// <summary>The decision, on the person's family record loaded once (and returned) for the page to show.</summary>
    private async Task<(AccessDecision Decision, FamilyRecord? Family)> DecideOnRecordAsync(Requester requester, PersonId person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (requester.Agency is not { } agency)
        {
            return (AccessDecision.RefusedForRole("no agency"), null);
        }
        if (!requester.MayOpenPersonRecords)
        {
            return (AccessDecision.RefusedForRole($"role {requester.Role ?? "none"} sees no person records"), null);
        }
        var family = await store.LoadFamilyRecordAsync(person, cancellationToken);
        var basis = family is null ? null : await facts.BasisAsync(agency, requester.Actor, person, family, cancellationToken);
        if (basis is null)
        {
            return (AccessDecision.NotInvolved, family);
        }
        if (basis is not AccessBasis.BreakGlass)
        {
            return (AccessDecision.Allowed(basis.Value), family);
        }
        var now = clock.GetUtcNow();
        var grant = (await facts.GrantsForPersonAsync(person, cancellationToken))
            .Where(g => g.User == requester.Actor && g.Agency == agency && g.GrantedAt <= now && g.ExpiresAt > now)
            .MaxBy(g => g.ExpiresAt);
        return (AccessDecision.Allowed(AccessBasis.BreakGlass, grant), family);
    }

    /// <summary>Audits a query over person records (a list, a search) as <see cref="AuditAction.Search"/>.</summary>
    public Task AuditSearchAsync(Requester requester, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        return audit.AppendAsync(new AuditRecord(requester.Actor, requester.Agency, requester.Role, AuditAction.Search, null, query, null, requester.From), cancellationToken);
    }
}
