using System.Globalization;
using Sightline.Demo.Areas;
using Sightline.Demo.Patterns;
using Sightline.Demo.People;
using Sightline.Demo.SocialCare;
using Sightline.Demo.Timeline;
using Sightline.Demo.Tracks;

namespace Sightline.Demo.Families;

/// <summary>
/// Generates one family. Each family draws from its own <see cref="Random"/>, seeded from the run's
/// seed and the family's number, so family 42 is the same whether a run asks for 50 families or
/// 10,000. Every 25th family (13, 38, 63, …) carries a review pattern, the twelve in turn.
/// </summary>
internal static class FamilyGenerator
{
    public const int PatternSpacing = 25;

    public const int FirstPatternFamily = 13;

    public static DemoFamily Generate(int number, DemoOptions options, AgencyCatalogue catalogue, NhsNumberAllocator nhs)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"demo.f{number:D4}");
        var random = new Random(FamilySeed(options.Seed, number));
        var script = PatternFor(number);
        var involvement = script?.Involvement ?? DrawInvolvement(random);
        var shape = script?.Shape ?? ShapeFor(involvement);
        var family = FamilyComposer.Compose(id, random, options.Today, involvement, script?.Pattern, shape, catalogue, nhs);
        script?.Prepare(family, random, catalogue);

        var ctx = new FamilyContext(family, random, catalogue, new FamilyTimeline(id, options.Today));
        HouseholdTrack.Write(ctx);
        PregnancyTrack.Write(ctx);
        ChildHealthTrack.Write(ctx);
        UnscheduledCareTrack.Write(ctx);
        AdultPrimaryCareTrack.Write(ctx);
        AdultMentalHealthTrack.Write(ctx);
        SchoolAgeTrack.Write(ctx);
        if (script is null)
        {
            SocialCareTrack.Write(ctx);
        }
        else
        {
            script.Write(ctx);
        }
        return new DemoFamily(id, family.Residences[0].Area, family.Involvement, family.Pattern, BatchBuilder.Build(ctx));
    }

    /// <summary>The pattern family <paramref name="number"/> carries, if any.</summary>
    public static PatternScript? PatternFor(int number) =>
        number % PatternSpacing == FirstPatternFamily % PatternSpacing
            ? PatternScripts.All[(number / PatternSpacing) % PatternScripts.All.Count]
            : null;

    /// <summary>About 18% of families get more than universal services: early help 7%, social care 11.5%.</summary>
    private static Involvement DrawInvolvement(Random random) => random.NextDouble() switch
    {
        < 0.07 => Involvement.EarlyHelp,
        < 0.11 => Involvement.Assessed,
        < 0.15 => Involvement.ChildInNeed,
        < 0.185 => Involvement.ChildProtection,
        _ => Involvement.Universal,
    };

    /// <summary>Families with a plan keep still, so the plan's story is about the plan.</summary>
    private static FamilyShape ShapeFor(Involvement involvement) => involvement is Involvement.ChildInNeed or Involvement.ChildProtection
        ? new FamilyShape { MayMove = false, HouseholdMayChange = false }
        : FamilyShape.Open;

    /// <summary>SplitMix64 of the seed and the family number: independent, well-spread seeds for each family.</summary>
    private static int FamilySeed(int seed, int number)
    {
        var x = ((ulong)(uint)seed << 32) | (uint)number;
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        x ^= x >> 31;
        return (int)(x & 0x7FFF_FFFF);
    }
}
