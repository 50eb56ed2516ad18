using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;

namespace Sightline.Core.Cases;

/// <summary>
/// A fact about a person that agencies may or may not know: a history fact
/// (<c>substance-misuse</c>) or one shown by an event (<c>police-incident:domestic-abuse</c>,
/// <c>probation:not-engaging</c>). Agreeing on the key is what lets knowledge be compared across agencies.
/// </summary>
/// <param name="Name">The fact's name.</param>
public sealed record FactKey(string Name)
{
    /// <summary>A history fact.</summary>
    public static FactKey Of(HistoryFactKind fact) => new(Wire.Name(fact));

    /// <summary>The fact a police incident shows: its type.</summary>
    public static FactKey Of(PoliceIncidentType type) => new("police-incident:" + Wire.Name(type));

    /// <summary>
    /// The fact a probation event shows: its status. Supervision starting is the fact of being
    /// under probation supervision, the same fact a history may already hold; a later status
    /// (not engaging, breach, ended) is new.
    /// </summary>
    public static FactKey Of(ProbationStatus status) =>
        status == ProbationStatus.SupervisionStarted ? Of(HistoryFactKind.ProbationSupervision) : new("probation:" + Wire.Name(status));

    /// <summary>The fact an adult service's contact shows: its concern, named like the history fact.</summary>
    public static FactKey Of(AdultConcern concern) => new(Wire.Name(concern));

    /// <inheritdoc/>
    public override string ToString() => Name;
}
