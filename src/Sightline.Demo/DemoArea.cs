using Sightline.Demo.Areas;
using Sightline.Demo.Families;
using Sightline.Demo.People;

namespace Sightline.Demo;

/// <summary>
/// Generates a synthetic area for demonstrations and benchmarks: four invented neighbouring local
/// authorities with an agency of every kind, and families whose histories run over the two or three
/// years up to <see cref="DemoOptions.Today"/>. Pure and deterministic: the same options give the
/// same area on any machine, and nothing is read or written.
/// </summary>
public static class DemoArea
{
    private static readonly AgencyCatalogue Catalogue = new();

    /// <summary>Generates the whole area, every family held in memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="DemoOptions.Families"/> is not from 1 to <see cref="DemoOptions.MaxFamilies"/>.</exception>
    public static GeneratedArea Generate(DemoOptions options)
    {
        var families = Families(options).ToList();
        return new GeneratedArea(options, Catalogue.Areas.Select(a => a.Name).ToList(), Catalogue.Agencies, families);
    }

    /// <summary>
    /// The families one at a time, in order, for callers that load them as they go (a benchmark
    /// of 10,000 families need not hold them all). Enumerating twice gives the same families.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="DemoOptions.Families"/> is not from 1 to <see cref="DemoOptions.MaxFamilies"/>.</exception>
    public static IEnumerable<DemoFamily> Families(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Families, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Families, DemoOptions.MaxFamilies, nameof(options));
        return Enumerate(options);
    }

    /// <summary>Every agency of every area of the demo, in a fixed order.</summary>
    public static IReadOnlyList<Core.Agencies.Agency> Agencies => Catalogue.Agencies;

    private static IEnumerable<DemoFamily> Enumerate(DemoOptions options)
    {
        var nhs = new NhsNumberAllocator(options.Seed);
        for (var number = 1; number <= options.Families; number++)
        {
            yield return FamilyGenerator.Generate(number, options, Catalogue, nhs);
        }
    }
}
