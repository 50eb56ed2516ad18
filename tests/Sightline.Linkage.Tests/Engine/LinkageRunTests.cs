using Sightline.Linkage.Evaluation;
using Sightline.Linkage.Synthetic;
using Sightline.Linkage.Training;

namespace Sightline.Linkage.Tests.Engine;

public sealed class LinkageRunTests
{
    private static readonly SyntheticRecords Data = SyntheticPeople.Generate(persons: 1500, records: 2000, seed: 11);

    [Fact]
    public void Generated_people_are_found_again()
    {
        var result = LinkageRun.Execute(Data.Table, SyntheticPeople.Settings);
        var pairs = LinkageEvaluation.OfPairs(result.Pairs.Select(p => (p.Left, p.Right)), Data.Person, Data.Table.Sources, false);
        Assert.True(pairs.F1 >= 0.95, pairs.ToString());
        Assert.All(result.Pairs, p => Assert.True(p.Probability >= SyntheticPeople.Settings.Threshold));
        Assert.Equal(Data.Table.Count, result.Clusters.Count);
    }

    [Fact]
    public void A_saved_model_scores_exactly_as_the_trained_one()
    {
        var session = new LinkageSession(SyntheticPeople.Settings, Data.Table);
        var candidates = session.Block();
        var model = session.Train(candidates);
        var reloaded = LinkageModel.FromJson(model.ToJson());
        Assert.Equal(model.Prior, reloaded.Prior);
        Assert.Equal(session.Score(model, candidates, 0.5), session.Score(reloaded, candidates, 0.5));
    }

    [Fact]
    public void Training_is_repeatable()
    {
        var session = new LinkageSession(SyntheticPeople.Settings, Data.Table);
        var candidates = session.Block();
        Assert.Equal(session.Train(candidates).ToJson(), session.Train(candidates).ToJson());
    }

    [Fact]
    public void An_explanation_adds_up_to_the_probability()
    {
        var session = new LinkageSession(SyntheticPeople.Settings, Data.Table);
        var candidates = session.Block();
        var model = session.Train(candidates);
        var (a, b) = candidates[0];
        var explanation = session.Explain(model, a, b);
        Assert.Equal(SyntheticPeople.Settings.Comparisons.Count, explanation.Evidence.Count);
        var total = explanation.PriorWeight + explanation.Evidence.Sum(e => e.Weight + e.TermFrequencyAdjustment);
        Assert.Equal(explanation.TotalWeight, total, 4);
        Assert.Equal(session.Probability(model, a, b), explanation.Probability, 4);
        Assert.All(explanation.Evidence.Where(e => e.Level == "missing"), e => Assert.Equal(0, e.Weight));
    }

    [Fact]
    public void Agreeing_on_a_rare_name_counts_for_more_than_on_a_common_one()
    {
        var settings = new LinkageSettings(
            [new ComparisonSpec("surname", "surname", ComparisonType.Text, ["exact"], TermFrequency: true)],
            [new BlockingRule("surname", ["surname"])]);
        var names = Enumerable.Repeat("smith", 50).Concat(["zbigniew", "zbigniew"]).Concat(Enumerable.Range(0, 48).Select(i => $"name{i}")).ToArray();
        var table = Tables.Column("surname", names);
        var session = new LinkageSession(settings, table);
        var model = new LinkageModel(0.01, [new ComparisonParameters("surname", [new LevelParameters("exact", 0.9, 0.2), new LevelParameters("else", 0.1, 0.8)])]);
        var smith = session.Explain(model, 0, 1);
        var rare = session.Explain(model, 50, 51);
        Assert.True(rare.TotalWeight > smith.TotalWeight + 3);
        Assert.True(smith.Evidence[0].TermFrequencyAdjustment < 0);
    }

    [Fact]
    public void A_model_that_does_not_fit_the_settings_is_refused()
    {
        var session = new LinkageSession(SyntheticPeople.Settings, Data.Table);
        var model = new LinkageModel(0.01, [new ComparisonParameters("x", [new LevelParameters("exact", 0.9, 0.1), new LevelParameters("else", 0.1, 0.9)])]);
        Assert.Throws<LinkageSettingsException>(() => session.Score(model, session.Block(), 0.5));
        Assert.Throws<LinkageSettingsException>(() => LinkageModel.FromJson("{\"prior\": 2, \"comparisons\": []}"));
    }
}
