using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Interop.Csv;
using Sightline.Interop.Intake;
using Sightline.Interop.IntakeCsv;

namespace Sightline.Interop.Tests.IntakeCsv;

public class CsvLayoutDocsTests
{
    [Fact]
    public void The_formats_page_holds_the_layouts_the_import_checks()
    {
        var file = Path.Combine(Repository.Root(), "docs", "formats.md");
        var generated = CsvLayoutDocs.Markdown();

        if (!File.ReadAllText(file).Contains(generated, StringComparison.Ordinal))
        {
            var fresh = Path.Combine(Path.GetTempPath(), "sightline-formats-layouts.md");
            File.WriteAllText(fresh, generated);
            Assert.Fail($"docs/formats.md is out of date: replace its generated section with {fresh}.");
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_example_of_every_kind_imports_without_a_problem(string kind)
    {
        var reader = new CsvRecordReader(new StringReader(CsvLayoutDocs.ExampleFile(kind)));
        var intake = CsvIntake.Open(reader.Read()!, kind, new AgencyId("north-hv"), out var header);
        var row = reader.Read()!;
        var context = new IntakeContext
        {
            Sender = new AgencyId("north-hv"),
            Today = new DateOnly(2026, 11, 22),
            KnownAgencies =
            [
                new Agency(new AgencyId("north-hv"), "North health visiting", AgencyKind.HealthVisiting, "North"),
                new Agency(new AgencyId("north-csc"), "North children's social care", AgencyKind.ChildrensSocialCare, "North"),
                new Agency(new AgencyId("north-police"), "North police", AgencyKind.Police, "North"),
            ],
            KnownPersons = new Dictionary<string, PersonRole>
            {
                ["P-100"] = PersonRole.Child,
                ["P-101"] = PersonRole.Mother,
                ["P-102"] = PersonRole.Unborn,
                ["P-103"] = PersonRole.Father,
            },
        };

        Assert.Empty(header);
        Assert.Empty(intake.Check([row], context).Select(p => p.ToString()));
        Assert.Equal(kind, Assert.Single(intake.Build([row]).Events).Event.Kind);
    }

    public static TheoryData<string> Kinds() => [.. EventKinds.All];
}
