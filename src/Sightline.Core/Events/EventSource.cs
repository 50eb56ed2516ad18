using Sightline.Core.Agencies;

namespace Sightline.Core.Events;

/// <summary>
/// Where an event came from: the agency that sent it and that agency's own identifier for it.
/// The pair is the event's identity, so a batch sent twice is stored once.
/// </summary>
/// <param name="Agency">The sending agency.</param>
/// <param name="SourceId">The sender's identifier for the event, unique within that agency.</param>
public sealed record EventSource(AgencyId Agency, string SourceId);
