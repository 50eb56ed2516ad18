using System.Text.Json;
using Sightline.Core.Events;

namespace Sightline.Demo.Tests;

public class DeterminismTests(DefaultArea defaultArea) : IClassFixture<DefaultArea>
{
    private static string Json(IEnumerable<DemoFamily> families) =>
        string.Join('\n', families.Select(f => JsonSerializer.Serialize(f.Batch, EventJson.Options)));

    [Fact]
    public void The_same_options_give_the_same_area_byte_for_byte()
    {
        var again = DemoArea.Generate(new DemoOptions { Today = DefaultArea.Today });

        Assert.Equal(Json(defaultArea.Area.Families), Json(again.Families));
        Assert.Equal(defaultArea.Area.Agencies, again.Agencies);
    }

    [Fact]
    public void Serialised_batches_read_back_as_the_same_events()
    {
        foreach (var (_, sourced) in defaultArea.AllEvents.Take(5000))
        {
            var json = EventJson.Serialize(sourced.Event);
            Assert.Equal(json, EventJson.Serialize(EventJson.Deserialize(json)));
        }
    }

    [Fact]
    public void A_different_seed_gives_different_families()
    {
        var other = DemoArea.Generate(new DemoOptions { Seed = 7, Today = DefaultArea.Today });

        Assert.NotEqual(Json(defaultArea.Area.Families), Json(other.Families));
        Assert.NotEqual(
            defaultArea.Area.Families[0].Batch.Persons[0].NhsNumber,
            other.Families[0].Batch.Persons[0].NhsNumber);
    }

    [Fact]
    public void A_family_is_the_same_however_many_families_are_asked_for()
    {
        var small = DemoArea.Generate(new DemoOptions { Families = 50, Today = DefaultArea.Today });

        Assert.Equal(Json(defaultArea.Area.Families.Take(50)), Json(small.Families));
    }

    [Fact]
    public void Streaming_the_families_gives_the_same_families_as_generating_the_area()
    {
        var streamed = DemoArea.Families(new DemoOptions { Families = 20, Today = DefaultArea.Today });

        Assert.Equal(Json(defaultArea.Area.Families.Take(20)), Json(streamed));
    }
}
