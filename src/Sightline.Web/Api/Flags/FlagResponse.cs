namespace Sightline.Web.Api.Flags;

/// <summary>A flagging plan as a flag check shows it.</summary>
/// <param name="Plan"><c>child-protection</c>, <c>looked-after</c> or <c>pre-birth-child-protection</c>.</param>
/// <param name="Category">The category (<c>neglect</c>, <c>physical</c>, …), where recorded.</param>
/// <param name="Status"><c>active</c>, or <c>ended</c> (within the last <c>planEndedWithinDays</c>).</param>
/// <param name="Started">The day it started.</param>
/// <param name="Ended">The day it ended; null while active.</param>
/// <param name="Area">The local authority holding it: the responsible area.</param>
/// <param name="Holder">Whose plan: the child's own, or a household member's.</param>
internal sealed record FlagResponse(string Plan, string? Category, string Status, DateOnly Started, DateOnly? Ended, string Area, HolderResponse Holder);
