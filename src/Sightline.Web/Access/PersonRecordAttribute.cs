using Sightline.Storage.Audit;

namespace Sightline.Web.Access;

/// <summary>
/// Says what an endpoint with a <c>{personId}</c> route parameter shows of the person's record,
/// for the audit log's "what". <see cref="PersonAccessMiddleware"/> refuses to serve such an
/// endpoint without it, so a new person endpoint cannot skip saying what it shows.
/// </summary>
/// <param name="what">E.g. <c>child page: flags, alerts, household, chronology</c>.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
internal sealed class PersonRecordAttribute(string what) : Attribute
{
    /// <summary>What the endpoint shows.</summary>
    public string What { get; } = what;

    /// <summary>How an allowed request is audited: <see cref="AuditAction.Read"/>, or <see cref="AuditAction.Export"/> for a file or print-out that leaves the system.</summary>
    public AuditAction Action { get; init; } = AuditAction.Read;
}
