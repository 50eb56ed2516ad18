using System.Text.Json.Nodes;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Households;
using Sightline.Core.Persons;
using Sightline.Core.Relationships;
using Sightline.Interop.Intake;

namespace Sightline.Interop.Tests.Intake;

public class IntakeReaderTests
{
    private static readonly PersonId Mother = new("north-hv:P-100");
    private static readonly PersonId Kit = new("north-hv:P-101");

    [Fact]
    public void A_good_batch_becomes_the_senders_records_with_every_event_sourced_to_it()
    {
        var result = IntakeReader.Read(IntakeText.Minimal, IntakeText.Context());

        Assert.Empty(result.Lines());
        Assert.Empty(result.OtherAgencyClaims);
        var batch = result.Batch!;
        Assert.Empty(batch.Agencies);
        var mother = Assert.Single(batch.Persons, p => p.Id == Mother);
        Assert.Equal((PersonRole.Mother, new DateOnly(1998, 5, 1), "9434765919", "NE1 4ST"), (mother.Role, mother.Born!.Value, mother.NhsNumber!.Value.Value, mother.Postcode!.Full));
        Assert.Equal([new Relationship(Mother, Kit, RelationshipType.Parent)], batch.Relationships);
        Assert.Equal([Mother, Kit], Assert.Single(batch.Households).Members);
        Assert.Equal(["hv-1", "hv-2", "hv-3"], batch.Events.Select(e => e.Source.SourceId));
        Assert.All(batch.Events, e => Assert.Equal(IntakeText.Sender, e.Source.Agency));
        Assert.All(batch.Events, e => Assert.Equal(IntakeText.Sender, e.Event.Agency));
        var referral = Assert.IsType<Referral>(batch.Events[2].Event);
        Assert.Equal((new DateOnly(2024, 3, 2), new AgencyId("north-csc"), "Phoned first."), (referral.Date, referral.To, referral.Note));
        Assert.Equal([Kit, Mother], referral.Subjects);
    }

    [Fact]
    public void Every_field_that_names_a_person_holds_the_senders_record_id()
    {
        var tree = IntakeText.MinimalTree();
        tree["persons"]!.AsArray().Add(JsonNode.Parse("""{"id": "P-102", "role": "unborn", "sex": "unknown", "due": "2024-08-01"}"""));
        var events = tree["events"]!.AsArray();
        events.Add(JsonNode.Parse("""{"sourceId": "hv-4", "date": "2024-03-03", "kind": "pregnancy", "subjects": ["P-100"], "unborn": "P-102", "due": "2024-08-01"}"""));
        events.Add(JsonNode.Parse("""{"sourceId": "hv-5", "date": "2024-03-04", "kind": "information-shared", "subjects": ["P-101"], "to": ["north-csc"], "about": ["P-100"], "acknowledged": false}"""));
        events.Add(JsonNode.Parse("""{"sourceId": "hv-6", "date": "2024-03-05", "kind": "acknowledged", "subjects": ["P-101"], "of": "2024-03-04"}"""));

        var batch = IntakeText.Read(tree).Batch!;

        var pregnancy = Assert.IsType<Pregnancy>(batch.Events[3].Event);
        Assert.Equal((new PersonId("north-hv:P-102"), new DateOnly(2024, 8, 1)), (pregnancy.Unborn, pregnancy.Due));
        Assert.Equal([Mother], Assert.IsType<InformationShared>(batch.Events[4].Event).About);
        Assert.Equal(new DateOnly(2024, 3, 4), Assert.IsType<Acknowledged>(batch.Events[5].Event).Of);
    }

    [Fact]
    public void Persons_the_store_holds_may_be_named_without_being_sent_again()
    {
        var tree = IntakeText.MinimalTree();
        tree.Remove("persons");
        tree.Remove("relationships");

        var result = IntakeText.Read(tree, IntakeText.Context(new Dictionary<string, PersonRole> { ["P-100"] = PersonRole.Mother, ["P-101"] = PersonRole.Child }));

        Assert.Empty(result.Lines());
        Assert.Equal(3, result.Batch!.Events.Count);
        Assert.Empty(result.Batch.Persons);
    }

    [Fact]
    public void Every_problem_is_reported_with_the_events_index_and_field()
    {
        var tree = IntakeText.MinimalTree();
        tree.Event(0)["outcome"] = "missed";
        tree.Event(1)["injury"] = "graze";
        tree.Event(1).Remove("site");
        tree.Event(1)["colour"] = "blue";
        tree.Event(2)["to"] = "south-csc";
        tree.Event(2)["subjects"] = new JsonArray("P-101", "P-999");
        tree.Event(2)["date"] = "2024-02-30";

        var result = IntakeText.Read(tree);

        Assert.Null(result.Batch);
        Assert.Equal(
            [
                "events[0].outcome: 'missed' is not one of attended, was-not-brought, cancelled",
                "events[1].colour: unknown field",
                "events[1].injury: 'graze' is not one of bruise, fracture, burn, head-injury, bite, other",
                "events[1].site: an injury event needs 'site'",
                "events[2].date: must be a calendar date YYYY-MM-DD, got '2024-02-30'",
                "events[2].subjects[1]: unknown person id 'P-999'",
                "events[2].to: unknown agency id 'south-csc'",
            ],
            result.Lines());
        Assert.Equal(
            ["/events/0/outcome", "/events/1/colour", "/events/1/injury", "/events/1/site", "/events/2/date", "/events/2/subjects/1", "/events/2/to"],
            result.Problems.Select(p => p.JsonPointer));
    }

    [Fact]
    public void The_common_fields_are_checked_source_id_date_and_subjects()
    {
        var tree = IntakeText.MinimalTree();
        tree.Event(0).Remove("sourceId");
        tree.Event(1)["sourceId"] = "hv-3";
        tree.Event(2)["date"] = "2024-03-11";
        tree.Event(2)["subjects"] = new JsonArray();

        Assert.Equal(
            [
                "events[0].sourceId: missing required field 'sourceId'",
                "events[2].date: 2024-03-11 is after today (2024-03-10): an event is sent once it has happened",
                "events[2].subjects: must name at least one person",
                "events[2].sourceId: source id 'hv-3' is also the id of events[1]",
            ],
            IntakeText.Read(tree).Lines());
    }

    [Fact]
    public void Persons_are_checked_as_strictly_as_events()
    {
        var tree = IntakeText.MinimalTree();
        var mother = tree["persons"]![0]!.AsObject();
        mother["nhsNumber"] = "943 476 5918";
        mother["postcode"] = "NE1";
        mother["born"] = 1998;
        tree["persons"]![1]!["id"] = "P/101";

        Assert.Equal(
            [
                "persons[0].born: must be a calendar date YYYY-MM-DD, got 1998",
                "persons[0].nhsNumber: '943 476 5918' is not a valid NHS number (ten digits, the last a Modulus 11 check digit)",
                "persons[0].postcode: 'NE1' is not a UK postcode (A9 9AA to AA9A 9AA)",
                "persons[1].id: a person's identifier may hold only visible ASCII characters other than / ? # % \\ (found '/')",
                "relationships[0].to: unknown person id 'P-101'",
                "relationships[1].household[1]: unknown person id 'P-101'",
                "events[0].subjects[0]: unknown person id 'P-101'",
                "events[1].subjects[0]: unknown person id 'P-101'",
                "events[2].subjects[0]: unknown person id 'P-101'",
            ],
            IntakeText.Read(tree).Lines());
    }

    [Fact]
    public void A_batch_claiming_another_agency_is_refused_whatever_else_is_in_it()
    {
        var tree = IntakeText.MinimalTree();
        tree["agency"] = "north-csc";
        tree.Event(1)["agency"] = "north-police";

        var result = IntakeText.Read(tree);

        Assert.Null(result.Batch);
        Assert.Empty(result.Problems);
        Assert.Equal(["/agency", "/events/1/agency"], result.OtherAgencyClaims.Select(c => c.JsonPointer));
        Assert.Equal("agency: 'north-csc' is not the sending agency 'north-hv': an agency sends its own records only", result.OtherAgencyClaims[0].ToString());
    }

    [Fact]
    public void An_event_may_name_its_own_agency()
    {
        var tree = IntakeText.MinimalTree();
        tree.Event(0)["agency"] = "north-hv";

        Assert.True(IntakeText.Read(tree).IsAccepted);
    }

    [Fact]
    public void New_agencies_come_in_the_batch_and_known_ones_cannot_be_changed()
    {
        var tree = IntakeText.MinimalTree();
        tree["agencies"] = JsonNode.Parse("""
            [
              {"id": "north-hv", "name": "North health visiting", "kind": "health-visiting", "localAuthority": "North"},
              {"id": "south-csc", "name": "South children's social care", "kind": "childrens-social-care", "localAuthority": "South"}
            ]
            """);
        tree.Event(2)["to"] = "south-csc";

        var batch = IntakeText.Read(tree).Batch!;

        Assert.Equal([new AgencyId("south-csc")], batch.Agencies.Select(a => a.Id));
        tree["agencies"]![0]!["name"] = "North HV (renamed)";
        Assert.Equal(
            ["agencies[0]: agency 'north-hv' is known to Sightline as 'North health visiting' (health-visiting, North); a batch cannot change an agency's details"],
            IntakeText.Read(tree).Lines());
    }

    [Fact]
    public void A_sender_unknown_to_sightline_must_introduce_itself()
    {
        var context = IntakeText.Context() with { Sender = new AgencyId("north-gp") };
        var tree = IntakeText.MinimalTree();
        tree.Remove("agency");

        Assert.Equal(["$: the sending agency 'north-gp' is not known to Sightline: give its details in 'agencies'"], IntakeText.Read(tree, context).Lines());
        tree["agencies"] = JsonNode.Parse("""[{"id": "north-gp", "name": "North surgery", "kind": "gp", "localAuthority": "North"}]""");
        Assert.True(IntakeText.Read(tree, context).IsAccepted);
    }

    [Fact]
    public void Text_that_is_not_json_is_one_problem_at_the_whole_batch()
    {
        var result = IntakeReader.Read("{\"events\": [", IntakeText.Context());

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("", "$"), (problem.JsonPointer, problem.Path));
        Assert.StartsWith("invalid JSON at line 1, position ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_top_level_fields_and_a_missing_event_list_are_errors()
    {
        var result = IntakeReader.Read("""{"persons": [], "evnts": []}""", IntakeText.Context());

        Assert.Equal(["events: missing required field 'events'", "evnts: unknown field"], result.Lines());
        Assert.Equal(["/events", "/evnts"], result.Problems.Select(p => p.JsonPointer));
    }

    [Fact]
    public void The_persons_a_batch_mentions_are_found_for_the_caller_to_look_up()
    {
        var mentioned = IntakeReader.PersonsMentioned(System.Text.Encoding.UTF8.GetBytes(
            """{"events": [{"kind": "assessment", "subjects": ["c1"], "includes": ["m1", "f1"]}, {"kind": "joined-household", "subjects": ["f1"], "household": "m1"}], "relationships": [{"from": "g1", "to": "m1", "type": "parent"}]}"""));

        Assert.Equal(["c1", "f1", "g1", "m1"], mentioned.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_household_of_a_batch_keeps_its_members_in_order()
    {
        var batch = IntakeReader.Read(IntakeText.Minimal, IntakeText.Context()).Batch!;

        Assert.Equal(new Household([Mother, Kit]).Members, batch.Households[0].Members);
    }
}
