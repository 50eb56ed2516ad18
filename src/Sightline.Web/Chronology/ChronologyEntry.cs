using Sightline.Core.Agencies;

namespace Sightline.Web.Chronology;

/// <summary>One line of a multi-agency chronology.</summary>
/// <param name="Date">The day it happened.</param>
/// <param name="AgencyId">The agency that recorded it.</param>
/// <param name="Agency">That agency's name.</param>
/// <param name="Kind">The event's kind on the wire, e.g. <c>injury</c>.</param>
/// <param name="Significance">How much it matters to a reader looking for risk.</param>
/// <param name="Line">What was recorded, in plain English.</param>
/// <param name="About">Whom it is about.</param>
/// <param name="Note">The practitioner's note, when there is one.</param>
internal sealed record ChronologyEntry(
    DateOnly Date,
    AgencyId AgencyId,
    string Agency,
    string Kind,
    Significance Significance,
    string Line,
    string About,
    string? Note);
