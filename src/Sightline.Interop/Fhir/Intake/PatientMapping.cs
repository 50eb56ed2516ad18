using Sightline.Core.Persons;

namespace Sightline.Interop.Fhir.Intake;

/// <summary>
/// A <c>Patient</c> is the child: a person with role <c>child</c>, the sender's record of them.
/// <c>birthDate</c> is required, because every rule about a child turns on their age.
/// </summary>
internal static class PatientMapping
{
    public static void Map(BundleEntry entry, MappingContext context)
    {
        var resource = entry.Resource;
        var who = DemographicsReader.Read(resource);
        if (!resource.Has("birthDate"))
        {
            context.Log.Error(FhirIssueType.Required, $"{resource.Path}.birthDate", "is required: Sightline's rules turn on a child's age");
        }
        if (who.Born is not { } born)
        {
            return;
        }
        var person = new Person
        {
            Id = context.PersonOf(entry),
            Role = PersonRole.Child,
            Sex = who.Sex,
            Born = born,
            NhsNumber = who.NhsNumber,
            Name = who.Name,
            Postcode = who.Postcode,
        };
        context.AddPerson(entry, person, $"Recorded as person {person.Id} (child).");
    }
}
