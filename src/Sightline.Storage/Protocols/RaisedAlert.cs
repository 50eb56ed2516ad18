using Sightline.Core.Persons;
using Sightline.Core.Protocols;

namespace Sightline.Storage.Protocols;

/// <summary>An alert a run raised, with the stored records its subjects stand for.</summary>
/// <param name="Alert">The alert as stored: its subjects are the resolved persons.</param>
/// <param name="Records">Every record of the family that is one of its subjects (several agencies' records of one person among them).</param>
public sealed record RaisedAlert(Alert Alert, IReadOnlyList<PersonId> Records);
