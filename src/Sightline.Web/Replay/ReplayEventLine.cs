namespace Sightline.Web.Replay;

/// <summary>An event of a replayed scenario, as its chronology line.</summary>
/// <param name="Agency">The agency that recorded it.</param>
/// <param name="Kind">The event's kind on the wire.</param>
/// <param name="Line">What was recorded, in plain English.</param>
/// <param name="About">Whom it is about.</param>
internal sealed record ReplayEventLine(string Agency, string Kind, string Line, string About);
