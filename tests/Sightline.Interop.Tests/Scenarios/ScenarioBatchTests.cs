using System.Collections;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Core.Intake;
using Sightline.Core.Persons;
using Sightline.Interop.Scenarios;

namespace Sightline.Interop.Tests.Scenarios;

public class ScenarioBatchTests
{
    private static Scenario EveryKind() => ScenarioReader.Read(ScenarioFolders.EveryKind()).Scenario!;

    /// <summary>The own fixture, which holds every event kind, and the shared scenarios when they are there.</summary>
    private static IEnumerable<Scenario> Scenarios()
    {
        yield return EveryKind();
        if (ScenarioFolders.Shared() is { } shared)
        {
            foreach (var file in Directory.GetFiles(shared, "*.json"))
            {
                yield return ScenarioReader.Read(file).Scenario!;
            }
        }
    }

    [Fact]
    public void An_intake_batch_namespaces_every_agency_and_person_id()
    {
        foreach (var scenario in Scenarios())
        {
            var batch = ScenarioBatch.ToIntakeBatch(scenario);

            var ids = IdsIn(batch).ToList();
            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.True(id.Value.StartsWith($"{scenario.Id}.", StringComparison.Ordinal), $"{id.Where} is '{id.Value}'"));
        }
    }

    [Fact]
    public void Namespaced_ids_keep_the_local_id_after_the_scenario_id()
    {
        var batch = ScenarioBatch.ToIntakeBatch(EveryKind());

        Assert.Contains(batch.Agencies, a => a.Id == new AgencyId("every-kind.westford-csc"));
        Assert.Contains(batch.Persons, p => p.Id == new PersonId("every-kind.toddler"));
        var shared = batch.Events.Select(e => e.Event).OfType<InformationShared>().Single();
        Assert.Equal([new AgencyId("every-kind.westford-hv"), new AgencyId("every-kind.westford-csc")], shared.To);
        Assert.Equal([new PersonId("every-kind.mother")], shared.About);
    }

    [Fact]
    public void Each_event_is_sourced_by_its_agency_and_its_position_in_the_file()
    {
        var scenario = EveryKind();

        var batch = ScenarioBatch.ToIntakeBatch(scenario);

        Assert.Equal(scenario.History.Events.Count, batch.Events.Count);
        Assert.Equal(new EventSource(new AgencyId("every-kind.westford-midwifery"), "every-kind#0"), batch.Events[0].Source);
        Assert.Equal(new EventSource(new AgencyId("every-kind.eastvale-csc"), "every-kind#37"), batch.Events[37].Source);
        Assert.All(batch.Events, e => Assert.Equal(e.Source.Agency, e.Event.Agency));
        Assert.Equal(batch.Events.Count, batch.Events.Select(e => e.Source).Distinct().Count());
        Assert.Equal(scenario.History.Events.Select(e => (e.Kind, e.Date)), batch.Events.Select(e => (e.Event.Kind, e.Event.Date)));
    }

    [Fact]
    public void Persons_without_an_nhs_number_get_a_valid_one_in_the_test_range()
    {
        var batch = ScenarioBatch.ToIntakeBatch(EveryKind());

        var generated = batch.Persons.Where(p => p.Id != new PersonId("every-kind.mother")).Select(p => p.NhsNumber!.Value.Value).ToList();

        Assert.Equal(4, generated.Count);
        Assert.All(generated, number =>
        {
            Assert.True(NhsNumber.TryParse(number, out _), $"{number} fails its check digit");
            Assert.StartsWith("9", number, StringComparison.Ordinal);
            Assert.False(number.StartsWith("99", StringComparison.Ordinal), number);
        });
        Assert.Equal(generated.Count, generated.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generated_nhs_numbers_are_the_same_on_every_call()
    {
        var first = ScenarioBatch.ToIntakeBatch(EveryKind()).Persons.Select(p => (p.Id, p.NhsNumber)).ToList();
        var second = ScenarioBatch.ToIntakeBatch(EveryKind()).Persons.Select(p => (p.Id, p.NhsNumber)).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_generated_nhs_number_depends_only_on_the_namespaced_id()
    {
        // Pinned, so that a change of hash (or a per-process one) cannot slip in unnoticed.
        Assert.Equal(SyntheticNhsNumbers.For(new PersonId("every-kind.toddler")), SyntheticNhsNumbers.For(new PersonId("every-kind.toddler")));
        Assert.NotEqual(SyntheticNhsNumbers.For(new PersonId("every-kind.toddler")), SyntheticNhsNumbers.For(new PersonId("other.toddler")));
        Assert.Equal(PinnedToddlerNumber, SyntheticNhsNumbers.For(new PersonId("every-kind.toddler")).Value);
    }

    [Fact]
    public void An_nhs_number_given_in_the_file_is_kept()
    {
        var batch = ScenarioBatch.ToIntakeBatch(EveryKind());

        Assert.Equal("9434765919", batch.Persons.Single(p => p.Id == new PersonId("every-kind.mother")).NhsNumber?.Value);
    }

    [Fact]
    public void Batch_keeps_everything_but_the_ids()
    {
        var scenario = EveryKind();

        var batch = ScenarioBatch.ToIntakeBatch(scenario);

        Assert.Equal(scenario.History.Agencies.Select(a => (a.Name, a.Kind, a.LocalAuthority)), batch.Agencies.Select(a => (a.Name, a.Kind, a.LocalAuthority)));
        Assert.Equal(scenario.History.Persons.Select(p => (p.Role, p.Born, p.Due)), batch.Persons.Select(p => (p.Role, p.Born, p.Due)));
        Assert.Equal(scenario.History.Relationships.Select(r => r.Type), batch.Relationships.Select(r => r.Type));
        Assert.Equal(scenario.History.Households.Select(h => h.Members.Count), batch.Households.Select(h => h.Members.Count));
        var moved = batch.Events.Select(e => e.Event).OfType<Moved>().Single();
        Assert.Equal(("Eastvale", Housing.Temporary), (moved.LocalAuthority, moved.Housing));
    }

    // SHA-256 of "every-kind.toddler", first eight bytes big-endian, modulo 90 million: 78870116 after the prefix 9, check digit 7.
    private const string PinnedToddlerNumber = "9788701167";

    /// <summary>
    /// Every agency and person id reachable from the batch, found by reflection so that an event
    /// kind added later with an id field cannot escape the namespacing unnoticed.
    /// </summary>
    private static IEnumerable<(string Value, string Where)> IdsIn(IntakeBatch batch)
    {
        IEnumerable<object> roots =
        [
            .. batch.Agencies, .. batch.Persons, .. batch.Relationships, .. batch.Households,
            .. batch.Events.Select(e => e.Source), .. batch.Events.Select(e => e.Event),
        ];
        return roots.SelectMany(root => IdsIn(root, root.GetType().Name));
    }

    private static IEnumerable<(string Value, string Where)> IdsIn(object? value, string where)
    {
        switch (value)
        {
            case AgencyId agency:
                yield return (agency.Value, where);
                break;
            case PersonId person:
                yield return (person.Value, where);
                break;
            case string or DateOnly or Enum or NhsNumber or null:
                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    foreach (var id in IdsIn(item, where))
                    {
                        yield return id;
                    }
                }
                break;
            default:
                if (value.GetType().Namespace?.StartsWith("Sightline.Core", StringComparison.Ordinal) != true)
                {
                    break;
                }
                foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
                {
                    foreach (var id in IdsIn(property.GetValue(value), $"{where}.{property.Name}"))
                    {
                        yield return id;
                    }
                }
                break;
        }
    }
}
