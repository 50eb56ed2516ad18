using Sightline.Storage.Access;

namespace Sightline.Web.Access;

/// <summary>Whether a requester may open a person's record, and on what basis or why not.</summary>
/// <param name="Basis">Why they may (involved, holds the plan, notified, break-glass, or — for the flag check only — unscheduled care); null when refused.</param>
/// <param name="Grant">The break-glass grant in force, when <paramref name="Basis"/> is <see cref="AccessBasis.BreakGlass"/>.</param>
/// <param name="Refusal">Why they may not, in words for the audit log; null when allowed.</param>
internal sealed record AccessDecision(AccessBasis? Basis, BreakGlassGrant? Grant, string? Refusal)
{
    /// <summary>The audit log's "why" of a flag check.</summary>
    public const string FlagCheckWhy = "flag check";

    /// <summary>True when the record may be opened.</summary>
    public bool IsAllowed => Basis is not null;

    /// <summary>True when the requester's agency is itself entitled (not through a break-glass grant).</summary>
    public bool IsInvolved => Basis is AccessBasis.Involved or AccessBasis.HoldsPlan or AccessBasis.Notified;

    /// <summary>True when the refusal could be overcome by break-glass: a role that works with records, refused only for want of involvement.</summary>
    public bool MayBreakGlass { get; init; }

    /// <summary>The basis in words, as the audit log's "why" of a read and the access history's "how".</summary>
    public string? Why => Basis switch
    {
        AccessBasis.Involved => "involved",
        AccessBasis.HoldsPlan => "holds the plan",
        AccessBasis.Notified => "notified by an alert",
        AccessBasis.BreakGlass => $"break-glass: {Grant?.Reason}",
        AccessBasis.UnscheduledCare => FlagCheckWhy,
        _ => Refusal,
    };

    /// <summary>Allowed on <paramref name="basis"/>.</summary>
    public static AccessDecision Allowed(AccessBasis basis, BreakGlassGrant? grant = null) => new(basis, grant, null);

    /// <summary>Refused because of the requester's role or missing agency: break-glass does not help.</summary>
    public static AccessDecision RefusedForRole(string refusal) => new(null, null, refusal);

    /// <summary>Refused because the agency is not involved: break-glass is offered.</summary>
    public static AccessDecision NotInvolved { get; } = new(null, null, "agency not involved") { MayBreakGlass = true };
}
