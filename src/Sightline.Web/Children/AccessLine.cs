namespace Sightline.Web.Children;

/// <summary>One line of a record's access history.</summary>
/// <param name="At">When.</param>
/// <param name="Who">The user name or client.</param>
/// <param name="Agency">Their agency's name.</param>
/// <param name="Role">Their roles.</param>
/// <param name="How">What happened and on what basis: opened (involved), break-glass with its reason, refused.</param>
internal sealed record AccessLine(DateTimeOffset At, string Who, string Agency, string Role, string How);
