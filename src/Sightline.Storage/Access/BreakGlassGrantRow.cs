namespace Sightline.Storage.Access;

/// <summary>A break-glass grant as stored in <c>break_glass_grants</c>; never changed once stored (it lapses, it is not edited).</summary>
internal sealed class BreakGlassGrantRow
{
    public long Id { get; set; }

    public required string UserName { get; set; }

    public required string AgencyId { get; set; }

    public required string PersonId { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
