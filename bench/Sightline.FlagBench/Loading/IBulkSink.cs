using Sightline.FlagBench.Population;

namespace Sightline.FlagBench.Loading;

/// <summary>Writes a generated population straight into the benchmark database's tables, as fast as the engine allows.</summary>
internal interface IBulkSink : IAsyncDisposable
{
    /// <summary>Drops the secondary indexes of <c>persons</c>, to be built once at the end rather than row by row.</summary>
    Task PrepareAsync();

    Task AgenciesAsync(IReadOnlyList<AgencyData> agencies);

    ValueTask PersonAsync(PersonData person);

    /// <summary>Commits the persons, which the rows written next refer to.</summary>
    Task EndPersonsAsync();

    Task FamiliesAsync(FamilyData data);

    /// <summary>Rebuilds the indexes, brings the engine's statistics up to date and records what was generated.</summary>
    Task FinishAsync(IReadOnlyDictionary<string, string> metadata);
}
