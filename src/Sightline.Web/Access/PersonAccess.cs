using System.Collections.Concurrent;
using Sightline.Core.Persons;
using Sightline.Storage.Access;
using Sightline.Storage.Audit;

namespace Sightline.Web.Access;

/// <summary>
/// The access policy, in one place: whoever asks for a person's record — a page, an API endpoint
/// or an export — is decided here, and the decision is audited here.
/// <list type="bullet">
/// <item>Analysts and administrators never open a person's record; nor does anyone without an agency.</item>
/// <item>Practitioners, safeguarding leads and managers open it when <see cref="AccessFacts.BasisAsync"/>
/// gives their agency (or them, by break-glass) a basis.</item>
/// <item>Every opening appends a <see cref="AuditAction.Read"/> entry naming what was shown and on
/// what basis; every refusal a <see cref="AuditAction.Refused"/> entry. The entry is written before
/// anything is shown, so a read the log could not record is not made.</item>
/// </list>
/// </summary>
internal sealed class PersonAccess(AccessFacts facts, AuditLog audit, TimeProvider clock)
{
    /// <summary>Decides without auditing, for a list that shows only what may be opened (the list query is audited as a search).</summary>
    public async Task<AccessDecision> DecideAsync(Requester requester, PersonId person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        if (requester.Agency is not { } agency)
        {
            return AccessDecision.RefusedForRole("no agency");
        }
        if (!requester.MayOpenPersonRecords)
        {
            return AccessDecision.RefusedForRole($"role {requester.Role ?? "none"} sees no person records");
        }
        var basis = await facts.BasisAsync(agency, requester.Actor, person, cancellationToken);
        if (basis is null)
        {
            return AccessDecision.NotInvolved;
        }
        if (basis is not AccessBasis.BreakGlass)
        {
            return AccessDecision.Allowed(basis.Value);
        }
        var now = clock.GetUtcNow();
        var grant = (await facts.GrantsForPersonAsync(person, cancellationToken))
            .Where(g => g.User == requester.Actor && g.Agency == agency && g.GrantedAt <= now && g.ExpiresAt > now)
            .MaxBy(g => g.ExpiresAt);
        return AccessDecision.Allowed(AccessBasis.BreakGlass, grant);
    }

    /// <summary>Decides and audits: a <see cref="AuditAction.Read"/> (or <paramref name="allowed"/>) of <paramref name="what"/> when allowed, else a <see cref="AuditAction.Refused"/>.</summary>
    /// <param name="requester">Who asks.</param>
    /// <param name="person">Whose record.</param>
    /// <param name="what">What would be shown, e.g. <c>child page: flags, alerts, household, chronology</c>.</param>
    /// <param name="cancellationToken">Cancels the decision.</param>
    /// <param name="allowed">The action an allowed request is audited as: <see cref="AuditAction.Export"/> for an export.</param>
    public async Task<AccessDecision> OpenAsync(Requester requester, PersonId person, string what, CancellationToken cancellationToken, AuditAction allowed = AuditAction.Read)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var decision = await DecideAsync(requester, person, cancellationToken);
        var action = decision.IsAllowed ? allowed : AuditAction.Refused;
        await audit.AppendAsync(new AuditRecord(requester.Actor, requester.Agency, requester.Role, action, person, what, decision.Why, requester.From), cancellationToken);
        return decision;
    }

    /// <summary>
    /// The persons of <paramref name="candidates"/> the requester may open; none for a role without
    /// person records. Not audited: the caller audits its query as a search. Each person is one
    /// <see cref="AccessFacts.BasisAsync"/> (a family's history folded), so they are asked a few at a time.
    /// </summary>
    public async Task<IReadOnlySet<PersonId>> VisibleAsync(Requester requester, IEnumerable<PersonId> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(candidates);
        var visible = new ConcurrentDictionary<PersonId, bool>();
        if (!requester.MayOpenPersonRecords || requester.Agency is not { } agency)
        {
            return new HashSet<PersonId>();
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(candidates, parallel, async (person, token) =>
        {
            if (await facts.BasisAsync(agency, requester.Actor, person, token) is not null)
            {
                visible[person] = true;
            }
        });
        return visible.Keys.ToHashSet();
    }

    /// <summary>Audits a query over person records (a list, a search) as <see cref="AuditAction.Search"/>.</summary>
    public Task AuditSearchAsync(Requester requester, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        return audit.AppendAsync(new AuditRecord(requester.Actor, requester.Agency, requester.Role, AuditAction.Search, null, query, null, requester.From), cancellationToken);
    }
}
