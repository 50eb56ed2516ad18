namespace Sightline.Web.Api.Flags;

/// <summary>One flag check of a child, as the responsible area sees it: who checked, when and where.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Who">The user or client.</param>
/// <param name="Agency">Their agency's id.</param>
/// <param name="AgencyName">Their agency's name.</param>
/// <param name="Role">Their roles.</param>
/// <param name="Where">The setting, e.g. <c>flag check at urgent care</c>.</param>
/// <param name="What">What the audit entry records: the query, what was found and shown.</param>
internal sealed record FlagCheckEntryResponse(DateTimeOffset At, string Who, string? Agency, string? AgencyName, string? Role, string Where, string What);
