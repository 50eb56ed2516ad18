namespace Sightline.Demo.Tests;

public class ReviewPatternTests(DefaultArea defaultArea) : IClassFixture<DefaultArea>
{
    private FamilyView Planted(ReviewPattern pattern) => new(defaultArea.FamilyWith(pattern));

    private IEnumerable<FamilyView> Unplanted => defaultArea.Area.Families.Where(f => f.Pattern is null).Select(f => new FamilyView(f));

    [Fact]
    public void A_handful_of_families_carry_the_review_patterns_one_each()
    {
        var planted = defaultArea.Area.Families.Where(f => f.Pattern is not null).ToList();

        Assert.InRange(planted.Count, 8, 12);
        Assert.Equal(Enum.GetValues<ReviewPattern>().Order(), planted.Select(f => f.Pattern!.Value).Order());
    }

    [Fact]
    public void A_bruise_on_a_non_mobile_baby_is_explained_and_accepted_without_a_referral()
    {
        Assert.True(PatternDetectors.ExplainedBruiseOnNonMobileBaby(Planted(ReviewPattern.BruiseOnNonMobileBabyExplained)));
        Assert.DoesNotContain(Unplanted, PatternDetectors.ExplainedBruiseOnNonMobileBaby);
    }

    [Fact]
    public void A_father_on_probation_is_unknown_to_health_visiting()
    {
        var family = defaultArea.FamilyWith(ReviewPattern.FatherOnProbationUnknownToHealthVisiting);

        Assert.True(PatternDetectors.FatherOnProbationUnknownToHealthVisiting(new FamilyView(family), family));
    }

    [Fact]
    public void A_child_on_a_plan_is_moved_by_housing_to_temporary_housing_in_another_area()
    {
        Assert.True(PatternDetectors.PlanChildMovedToTemporaryHousingOutOfArea(Planted(ReviewPattern.PlanChildMovedToTemporaryHousingOutOfArea)));
    }

    [Fact]
    public void A_strategy_discussion_does_not_invite_the_gp_who_knows_the_baby()
    {
        Assert.True(PatternDetectors.StrategyDiscussionWithoutGp(Planted(ReviewPattern.StrategyDiscussionWithoutGp)));
        Assert.DoesNotContain(Unplanted, PatternDetectors.StrategyDiscussionWithoutGp);
    }

    [Fact]
    public void A_skeletal_survey_is_not_reported()
    {
        Assert.True(PatternDetectors.SkeletalSurveyNotReported(Planted(ReviewPattern.SkeletalSurveyNotReported)));
        Assert.DoesNotContain(Unplanted, PatternDetectors.SkeletalSurveyNotReported);
    }

    [Fact]
    public void A_section_47_enquiry_has_no_written_safety_plan()
    {
        Assert.True(PatternDetectors.NoWrittenSafetyPlan(Planted(ReviewPattern.NoWrittenSafetyPlan)));
        Assert.DoesNotContain(Unplanted, PatternDetectors.NoWrittenSafetyPlan);
    }

    [Fact]
    public void A_baby_is_repeatedly_not_brought()
    {
        Assert.True(PatternDetectors.RepeatedlyNotBrought(Planted(ReviewPattern.RepeatedlyNotBrought)));
        Assert.DoesNotContain(Unplanted, PatternDetectors.RepeatedlyNotBrought);
    }

    [Fact]
    public void A_baby_and_sibling_are_not_registered_with_a_gp()
    {
        var family = defaultArea.FamilyWith(ReviewPattern.NotRegisteredWithGp);

        Assert.True(PatternDetectors.BabyNotRegisteredWithGp(new FamilyView(family), family));
    }

    [Fact]
    public void A_mother_whose_children_were_removed_elsewhere_moves_in_and_no_records_are_requested()
    {
        var family = defaultArea.FamilyWith(ReviewPattern.PreviousChildRemovedElsewhere);

        Assert.True(PatternDetectors.PreviousChildRemovedElsewhere(new FamilyView(family), family));
    }

    [Fact]
    public void A_father_is_never_assessed_while_his_children_are_on_a_plan()
    {
        Assert.True(PatternDetectors.FatherNeverAssessed(Planted(ReviewPattern.FatherNeverAssessed)));
    }

    [Fact]
    public void A_share_about_a_looked_after_mother_is_never_acknowledged()
    {
        var family = defaultArea.FamilyWith(ReviewPattern.LookedAfterMotherShareUnanswered);

        Assert.True(PatternDetectors.LookedAfterMotherShareUnanswered(new FamilyView(family), family));
    }

    [Fact]
    public void A_child_protection_plan_is_stepped_down_without_oversight()
    {
        Assert.True(PatternDetectors.StepDownWithoutOversight(Planted(ReviewPattern.StepDownWithoutOversight)));
        Assert.DoesNotContain(Unplanted, PatternDetectors.StepDownWithoutOversight);
    }
}
