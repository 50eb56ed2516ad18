using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Core.Vocabulary;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// A <c>RelatedPerson</c> becomes a person of their own (the sender's record of them) with a
/// relationship to the patient, from the first <c>relationship</c> coding of HL7 v3 RoleCode that
/// Sightline records (see <see cref="RoleCodes"/>). A parent coded only as "parent" is a mother or
/// a father by <c>gender</c>, else another adult who is a parent.
/// </summary>
internal static class RelatedPersonMapping
{
    public static void Map(BundleEntry entry, MappingContext context)
    {
        var resource = entry.Resource;
        var patient = context.Reference(resource, "patient", "Patient");
        var who = DemographicsReader.Read(resource);
        var concepts = resource.Concepts("relationship");
        var related = RoleCodes.Of(concepts);
        if (related is null)
        {
            context.Log.Error(concepts.Count == 0 && !resource.Has("relationship") ? FhirIssueType.Required : FhirIssueType.CodeInvalid,
                $"{resource.Path}.relationship",
                $"needs a coding of {FhirSystems.RoleCode} that Sightline records: one of {RoleCodes.Listed}");
            return;
        }
        var role = related.Role ?? who.Sex switch
        {
            Sex.Female => PersonRole.Mother,
            Sex.Male => PersonRole.Father,
            _ => PersonRole.OtherAdult,
        };
        if (role == PersonRole.Child && who.Born is null && !resource.Has("birthDate"))
        {
            context.Log.Error(FhirIssueType.Required, $"{resource.Path}.birthDate", "is required for a sibling: Sightline's rules turn on a child's age");
        }
        if (patient is null)
        {
            return;
        }
        var person = new Person
        {
            Id = context.PersonOf(entry),
            Role = role,
            Sex = who.Sex,
            Born = who.Born,
            NhsNumber = who.NhsNumber,
            Name = who.Name,
            Postcode = who.Postcode,
        };
        var child = context.PersonOf(patient);
        context.AddPerson(entry, person, $"Recorded as person {person.Id} ({Wire.Name(role)}), {Wire.Name(related.Relationship)} of {child}.");
        context.AddRelationship(new Relationship(person.Id, child, related.Relationship));
    }
}
