using Sightline.Linkage.Evaluation;
using Sightline.Linkage.Synthetic;

namespace Sightline.Linkage.Tests.Engine;

public sealed class BlockingTests
{
    private static LinkageSettings Settings(params BlockingRule[] rules) =>
        new([new ComparisonSpec("surname", "surname", ComparisonType.Text, ["exact"])], rules);

    [Fact]
    public void Rules_are_unioned_without_counting_a_pair_twice()
    {
        var table = Tables.Of(["surname", "town"],
            ("a", 0, ["smith", "leeds"]), ("b", 0, ["smith", "leeds"]), ("c", 0, ["smith", "york"]), ("d", 0, ["jones", "york"]), ("e", 0, [null, "york"]));
        var candidates = new LinkageSession(Settings(new BlockingRule("surname", ["surname"]), new BlockingRule("town", ["town"])), table).Block();
        // surname: ab ac bc; town: ab (again), cd ce de.
        Assert.Equal(6, candidates.Count);
        Assert.Equal(new[] { 3L, 4L }, candidates.Report.Select(r => r.Pairs));
        Assert.Equal(new[] { 3L, 3L }, candidates.Report.Select(r => r.NewPairs));
        Assert.Equal(10, candidates.ComparablePairs);
        var pairs = Enumerable.Range(0, 6).Select(i => candidates[i]).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.All(pairs, p => Assert.True(p.Left < p.Right));
    }

    [Fact]
    public void Linking_pairs_only_records_of_different_sources()
    {
        var table = Tables.Of(["surname"], ("a", 0, ["smith"]), ("b", 0, ["smith"]), ("c", 1, ["smith"]), ("d", 2, ["smith"]));
        var candidates = new LinkageSession(Settings(new BlockingRule("surname", ["surname"])), table).Block();
        Assert.Equal(5, candidates.Count);
        Assert.Equal(5, candidates.ComparablePairs);
    }

    [Fact]
    public void Keys_can_be_transformed()
    {
        var table = Tables.Of(["surname", "dob", "postcode"],
            ("a", 0, ["Johnson", "1980-01-02", "LS1 4AB"]), ("b", 0, ["Jonson", "1980-11-30", "LS1 9ZZ"]), ("c", 0, ["Smith", "1981-01-02", "M1 1AE"]));
        var candidates = new LinkageSession(Settings(new BlockingRule("sound, year and district", ["surname:phonetic", "dob:prefix:4", "postcode:district"])), table).Block();
        Assert.Equal(1, candidates.Count);
        Assert.Equal((0, 1), candidates[0]);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("surname:soundex")]
    [InlineData("surname:prefix:x")]
    public void Bad_keys_name_their_field(string key)
    {
        var e = Assert.Throws<LinkageSettingsException>(() => new LinkageSession(Settings(new BlockingRule("r", ["surname", key])), Tables.Column("surname", "a")));
        Assert.Equal("blocking[0].keys[1]", e.Field);
    }

    [Fact]
    public void Blocking_finds_nearly_every_true_pair_of_generated_people()
    {
        var data = SyntheticPeople.Generate(persons: 2000, records: 3000, seed: 3);
        var candidates = new LinkageSession(SyntheticPeople.Settings, data.Table).Block();
        var recall = LinkageEvaluation.OfPairs(Enumerable.Range(0, (int)candidates.Count).Select(i => candidates[i]), data.Person, data.Table.Sources, false).Recall;
        Assert.True(recall >= 0.97, $"blocking recall {recall:F4}");
        Assert.True(candidates.Count < candidates.ComparablePairs / 100);
    }
}
