using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Interop.Csv;
using Sightline.Interop.Intake;
using Sightline.Interop.IntakeCsv;
using Sightline.Interop.Tests.Intake;

namespace Sightline.Interop.Tests.IntakeCsv;

public class CsvIntakeTests
{
    private static readonly IReadOnlyDictionary<string, PersonRole> Known = new Dictionary<string, PersonRole>
    {
        ["P-100"] = PersonRole.Mother,
        ["P-101"] = PersonRole.Child,
    };

    private static (CsvIntake Intake, IReadOnlyList<CsvProblem> HeaderProblems, List<CsvRecord> Rows) Open(string text, string? kind)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var header = reader.Read()!;
        var intake = CsvIntake.Open(header, kind, IntakeText.Sender, out var problems);
        var rows = new List<CsvRecord>();
        while (reader.Read() is { } row)
        {
            rows.Add(row);
        }
        return (intake, problems, rows);
    }

    private static IntakeContext Context(IReadOnlyDictionary<string, PersonRole>? known = null) => IntakeText.Context(known ?? Known);

    private static IReadOnlyList<string> Check(string text, string? kind, IReadOnlyDictionary<string, PersonRole>? known = null)
    {
        var (intake, header, rows) = Open(text, kind);
        Assert.Empty(header);
        return [.. intake.Check(rows, Context(known)).Select(p => p.ToString())];
    }

    [Fact]
    public void A_file_of_one_kind_becomes_the_senders_events()
    {
        var (intake, header, rows) = Open(
            """
            site,sourceId,date,subjects,injury,explanation
            left ear,inj-1,2024-03-01,P-101,bruise,"rolled off the sofa, mum said"
            cheek,inj-2,2024-03-02,P-101;P-100,bruise,
            """, "injury");

        Assert.Empty(header);
        Assert.Empty(intake.Check(rows, Context()));
        var batch = intake.Build(rows);
        Assert.Equal(["inj-1", "inj-2"], batch.Events.Select(e => e.Source.SourceId));
        var first = Assert.IsType<Injury>(batch.Events[0].Event);
        Assert.Equal((InjuryType.Bruise, "left ear", "rolled off the sofa, mum said", IntakeText.Sender), (first.Type, first.Site, first.Explanation, first.Agency));
        Assert.Null(Assert.IsType<Injury>(batch.Events[1].Event).Explanation);
        Assert.Equal([new PersonId("north-hv:P-101"), new PersonId("north-hv:P-100")], batch.Events[1].Event.Subjects);
        Assert.Equal(["inj-1", "inj-2"], intake.SourceIds(rows));
    }

    [Fact]
    public void The_header_is_checked_against_the_layout()
    {
        var (_, problems, _) = Open("sourceId,date,subjects,injury,colour,injury\n", "injury");

        Assert.Equal(
            [
                "1:5: unknown column 'colour': an injury file has columns sourceId, date, subjects, note, injury, site, explanation",
                "1:6: column 'injury' appears twice (also column 4)",
                "1:1: missing column 'site': an injury file needs it",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_file_without_a_kind_needs_a_kind_column()
    {
        var (_, problems, _) = Open("sourceId,date,subjects,injury,site\n", null);

        Assert.Equal(["1:1: missing column 'kind': a file of events of any kind (without --kind) needs it"], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Every_problem_names_its_line_and_column()
    {
        var problems = Check(
            """
            sourceId,date,kind,subjects,injury,site,mode,childSeen,centile
            e1,2024-03-01,injury,P-101;X-9,graze,,,,
            e2,2024-13-01,contact,P-101,,arm,home-visit,yes,
            e1,2024-03-02,growth,P-101,,,,,fifty
            e4,2024-03-03,visit,P-101,,,,,
            e5,2024-03-04,contact,P-101,,,clinic,true
            """, null);

        Assert.Equal(
            [
                "2:4: subjects: unknown person id 'X-9'",
                "2:5: injury: 'graze' is not one of bruise, fracture, burn, head-injury, bite, other",
                "2:6: site: required here, and the cell is empty or the column missing (an injury event needs 'site')",
                "3:2: date: must be a calendar date YYYY-MM-DD, got '2024-13-01'",
                "3:6: site: a contact event has no site; leave the cell empty",
                "3:8: childSeen: must be true or false, got 'yes'",
                "4:1: sourceId: 'e1' is also the source id on line 2",
                "4:9: centile: must be a centile above 0 and below 100, got 'fifty'",
                "5:3: kind: 'visit' is not one of born, pregnancy, development, moved, joined-household, left-household, gp-registered, appointment, contact, growth, injury, attendance, admitted, discharged, imaging, imaging-reported, medical, referral, records-requested, information-shared, acknowledged, police-incident, probation, adult-service-contact, assessment, strategy-discussion, s47-started, s47-concluded, safety-plan, plan-started, plan-ended, conference, escalation, supervision, meeting, separated, placement, incident",
                "6:9: this row has 8 fields and the header 9",
            ],
            problems);
    }

    [Fact]
    public void A_source_id_repeated_in_a_later_chunk_is_found()
    {
        var (intake, _, rows) = Open("sourceId,date,subjects,mode,childSeen\nc-1,2024-03-01,P-101,clinic,true\nc-2,2024-03-02,P-101,clinic,true\nc-1,2024-03-03,P-101,phone,false\n", "contact");

        Assert.Empty(intake.Check(rows[..2], Context()));
        Assert.Equal(["4:1: sourceId: 'c-1' is also the source id on line 2"], intake.Check(rows[2..], Context()).Select(p => p.ToString()));
    }

    [Fact]
    public void A_persons_file_brings_households_parents_and_the_facts_the_sender_knows()
    {
        var (intake, header, rows) = Open(
            """
            id,role,sex,born,due,nhsNumber,name,postcode,household,parents,history
            M-1,mother,female,1995-02-03,,943 476 5919,"Kay, Amy",ne1 4st,H-1,,mental-health;care-leaver
            B-1,child,male,2024-01-10,,,Kit Kay,,H-1,M-1;F-1,
            F-1,father,male,1990-07-07,,,Dan Kay,,H-1,,
            G-1,grandparent,female,1970-01-01,,,,,,,
            """, CsvIntake.PersonsKind);

        Assert.Empty(header);
        Assert.Empty(intake.Check(rows, Context(new Dictionary<string, PersonRole>())));
        var batch = intake.Build(rows);
        Assert.Equal(["north-hv:M-1", "north-hv:B-1", "north-hv:F-1", "north-hv:G-1"], batch.Persons.Select(p => p.Id.Value));
        var mother = batch.Persons[0];
        Assert.Equal(("Kay, Amy", "NE1 4ST", "9434765919"), (mother.Name, mother.Postcode!.Full, mother.NhsNumber!.Value.Value));
        Assert.Equal([HistoryFactKind.MentalHealth, HistoryFactKind.CareLeaver], mother.History.Select(f => f.Fact));
        Assert.All(mother.History, f => Assert.Equal([IntakeText.Sender], f.KnownTo));
        Assert.Equal(["north-hv:M-1", "north-hv:B-1", "north-hv:F-1"], Assert.Single(batch.Households).Members.Select(m => m.Value));
        Assert.Equal(
            [
                new Relationship(new PersonId("north-hv:M-1"), new PersonId("north-hv:B-1"), RelationshipType.Parent),
                new Relationship(new PersonId("north-hv:F-1"), new PersonId("north-hv:B-1"), RelationshipType.Parent),
            ],
            batch.Relationships);
    }

    [Fact]
    public void A_persons_file_is_checked_row_by_row_and_across_the_file()
    {
        var (intake, _, rows) = Open(
            """
            id,role,sex,born,due,household,parents
            M-1,mother,female,1995-02-03,,H-1,
            B-1,child,male,,,H-2,M-1;Z-9
            M-1,mother,female,1995-02-03,,H-1,
            U-1,unborn,unknown,,2024-08-01,,U-1
            """, CsvIntake.PersonsKind);

        Assert.Equal(
            [
                "3:4: born: required here, and the cell is empty or the column missing (missing required field 'born')",
                "3:7: parents: unknown person id 'Z-9': list a parent on an earlier line or in the same household, or send them first",
                "4:1: id: duplicate person id 'M-1'",
                "4:6: household: household 'H-1' was listed from line 2 and ended before this row: list a household's members one after another",
            ],
            intake.Check(rows[..3], Context(new Dictionary<string, PersonRole>())).Select(p => p.ToString()));
        Assert.Equal(["5:7: parents: 'U-1' is this person"], intake.Check(rows[3..], Context(new Dictionary<string, PersonRole>())).Select(p => p.ToString()));
    }

    [Fact]
    public void A_chunk_never_splits_a_household()
    {
        var (intake, _, rows) = Open("id,role,sex,born,household\nA,mother,female,1990-01-01,H\nB,child,male,2020-01-01,H\nC,mother,female,1991-01-01,\n", CsvIntake.PersonsKind);

        Assert.False(intake.MayStartChunk(rows[0], rows[1]));
        Assert.True(intake.MayStartChunk(rows[1], rows[2]));
    }

    [Fact]
    public void A_layout_that_is_not_a_kind_is_refused()
    {
        var header = new CsvRecordReader(new StringReader("id\n")).Read()!;

        Assert.Throws<ArgumentException>(() => CsvIntake.Open(header, "visits", new AgencyId("north-hv"), out _));
    }
}
