using Sightline.Core.Persons;
using Sightline.Core.Relationships;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>What a <c>RelatedPerson.relationship</c> code makes of the person: their role and their relationship to the patient.</summary>
/// <param name="Role">The role; null when it follows the person's gender (a parent is a mother or a father).</param>
/// <param name="Relationship">How they are related to the patient (from them to the patient).</param>
internal sealed record RelatedRole(PersonRole? Role, RelationshipType Relationship);
