using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Interop.Fhir.Intake;

namespace Sightline.Interop.Tests.Fhir;

/// <summary>The example bundle of docs/fhir.md maps to what the page says it does.</summary>
public class FhirExampleTests
{
    [Fact]
    public void The_example_of_docs_fhir_md_maps_to_the_persons_and_events_it_describes()
    {
        var ed = new AgencyId("northmoor-ed");

        var read = FhirTransactionReader.Read(FhirBundles.DocumentedExample(), ed);

        Assert.Empty(read.Issues);
        var batch = read.Batch!;
        var child = new PersonId("northmoor-ed:ed-48213");
        var mother = new PersonId("northmoor-ed:ed-48213-mother");
        Assert.Equal([(child, PersonRole.Child), (mother, PersonRole.Mother)], batch.Persons.Select(p => (p.Id, p.Role)));
        Assert.Equal(NhsNumber.Parse("9434765951"), batch.Persons[0].NhsNumber);
        Assert.Equal(new Relationship(mother, child, RelationshipType.Parent), Assert.Single(batch.Relationships));
        Assert.Equal(["Encounter/att-7730", "Observation/att-7730-ear"], batch.Events.Select(e => e.Source.SourceId));
        var attendance = Assert.IsType<Attendance>(batch.Events[0].Event);
        Assert.Equal((new DateOnly(2026, 11, 14), CareSetting.EmergencyDepartment, "Crying, not settling; mark on ear"), (attendance.Date, attendance.Setting, attendance.Reason));
        var injury = Assert.IsType<Injury>(batch.Events[1].Event);
        Assert.Equal((new DateOnly(2026, 11, 14), InjuryType.Bruise, "left ear"), (injury.Date, injury.Type, injury.Site));
        Assert.Equal("Mother thinks the baby caught it on the car seat buckle.", injury.Note);
        Assert.All(batch.Events, e => Assert.Equal(ed, e.Source.Agency));
        Assert.Equal("Patient/ed-48213: Recorded as person northmoor-ed:ed-48213 (child).", $"{read.Entries[0].Resource}: {read.Entries[0].Summary}");
        Assert.Equal("Recorded as attendance on 2026-11-14 (source id Encounter/att-7730).", read.Entries[2].Summary);
        Assert.False(read.Entries[4].Recorded);
        Assert.StartsWith("Recorded nothing: a Flag ('Safeguarding concern: paediatric review before discharge') is the sender's own alert, not an event;", read.Entries[4].Summary, StringComparison.Ordinal);
    }
}
