using Sightline.Core.Events;

namespace Sightline.Storage.Intake;

/// <summary>An event with its source key and its payload as <see cref="EventJson"/> writes it.</summary>
internal sealed record PreparedEvent(string SourceAgencyId, string SourceId, CaseEvent Event, string Payload);
