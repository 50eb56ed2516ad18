using Sightline.Linkage.Resolution;
using Sightline.Linkage.Training;

namespace Sightline.Linkage.Tests.Resolution;

public sealed class PersonMatchModelTests
{
    [Fact]
    public void The_shipped_person_model_is_what_training_on_the_seeded_population_gives()
    {
        var trained = PersonMatchModel.Train();
        var rewrite = Environment.GetEnvironmentVariable("SIGHTLINE_WRITE_PERSON_MODEL");
        if (!string.IsNullOrEmpty(rewrite))
        {
            File.WriteAllText(rewrite, trained.ToJson() + "\n");
        }

        var shipped = PersonMatchModel.Model;

        Assert.Equal(trained.Prior, shipped.Prior, 9);
        Assert.Equal(Levels(trained), Levels(shipped));
    }

    [Fact]
    public void Agreeing_on_a_name_and_date_of_birth_weighs_more_than_agreeing_on_sex()
    {
        var model = PersonMatchModel.Model;
        double Exact(string comparison) => Weight(model, comparison, 0);

        Assert.True(Exact("date_of_birth") > Exact("sex"));
        Assert.True(Exact("surname") > Exact("sex"));
        Assert.True(Exact("nhs_number") > Exact("date_of_birth"));
    }

    private static double Weight(LinkageModel model, string comparison, int level)
    {
        var index = PersonMatchModel.Settings.Comparisons.Select(c => c.Name).ToList().IndexOf(comparison);
        var parameters = model.Comparisons[index].Levels[level];
        return Math.Log2(parameters.M / parameters.U);
    }

    private static IEnumerable<string> Levels(LinkageModel model) =>
        model.Comparisons.SelectMany((c, i) => c.Levels.Select((l, j) => $"{i}.{j}: m={l.M:F9} u={l.U:F9}"));
}
