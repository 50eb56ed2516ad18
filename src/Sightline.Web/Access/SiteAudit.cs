using Sightline.Core.Agencies;
using Sightline.Core.Persons;
using Sightline.Storage.Audit;

namespace Sightline.Web.Access;

/// <summary>The audit entries the site writes that are not about one person's record: sign-ins and an agency's own pages.</summary>
internal sealed class SiteAudit(AuditLog audit)
{
    /// <summary>A successful sign-in.</summary>
    public Task SignedInAsync(Requester user, CancellationToken cancellationToken) =>
        AppendAsync(user, AuditAction.SignIn, "sign-in", null, cancellationToken);

    /// <summary>A failed sign-in; <paramref name="userName"/> is what was typed, which may name no one.</summary>
    public Task SignInFailedAsync(string userName, AgencyId? agency, string why, string? from, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditRecord(userName, agency, null, AuditAction.SignInFailed, null, "sign-in", why, from), cancellationToken);

    /// <summary>A read of something that is not one person's record, e.g. an agency's alerts.</summary>
    public Task ReadAsync(Requester requester, string what, CancellationToken cancellationToken) =>
        AppendAsync(requester, AuditAction.Read, what, null, cancellationToken);

    /// <summary>Something recorded about a person: an event, a response to an alert naming them.</summary>
    public Task WroteAsync(Requester requester, PersonId? person, string what, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditRecord(requester.Actor, requester.Agency, requester.Role, AuditAction.Write, person, what, null, requester.From), cancellationToken);

    /// <summary>A refusal outside the person pages' policy check: a list, an agency's page, the break-glass form.</summary>
    public Task RefusedAsync(Requester requester, string what, string why, CancellationToken cancellationToken, PersonId? person = null) =>
        audit.AppendAsync(new AuditRecord(requester.Actor, requester.Agency, requester.Role, AuditAction.Refused, person, what, why, requester.From), cancellationToken);

    private Task<AuditEntry> AppendAsync(Requester requester, AuditAction action, string what, string? why, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditRecord(requester.Actor, requester.Agency, requester.Role, action, null, what, why, requester.From), cancellationToken);
}
