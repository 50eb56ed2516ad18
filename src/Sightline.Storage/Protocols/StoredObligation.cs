using Sightline.Core.Persons;

namespace Sightline.Storage.Protocols;

/// <summary>An obligation open at the family's last run: what must happen, about whom, by when.</summary>
/// <param name="Rule">The rule that will raise its alert if it is not met.</param>
/// <param name="Subjects">Whom it is about.</param>
/// <param name="OpenedOn">The day it was opened.</param>
/// <param name="DueOn">The last day on which meeting it is in time.</param>
public sealed record StoredObligation(string Rule, IReadOnlyList<PersonId> Subjects, DateOnly OpenedOn, DateOnly DueOn);
