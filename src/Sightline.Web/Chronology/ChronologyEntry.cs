namespace Sightline.Web.Chronology;

/// <summary>One line of a multi-agency chronology.</summary>
/// <param name="Date">The day it happened.</param>
/// <param name="Agency">The name of the agency that recorded it.</param>
/// <param name="Line">What was recorded, in plain English.</param>
/// <param name="About">Whom it is about.</param>
/// <param name="Note">The practitioner's note, when there is one.</param>
internal sealed record ChronologyEntry(DateOnly Date, string Agency, string Line, string About, string? Note);
