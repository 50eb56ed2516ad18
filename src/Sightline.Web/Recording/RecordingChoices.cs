using Sightline.Core.Agencies;
using Sightline.Core.Persons;

namespace Sightline.Web.Recording;

/// <summary>What the form may name besides the child: the other agencies, and the child's family.</summary>
/// <param name="Agencies">Agencies to refer to or share with (the child's area's, not the recorder's own), by name.</param>
/// <param name="People">The child and their family, the child first.</param>
internal sealed record RecordingChoices(IReadOnlyList<(AgencyId Id, string Name)> Agencies, IReadOnlyList<(PersonId Id, string Name)> People);
