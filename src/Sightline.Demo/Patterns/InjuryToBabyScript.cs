using Sightline.Core.Events;
using Sightline.Demo.Families;
using Sightline.Demo.SocialCare;

namespace Sightline.Demo.Patterns;

/// <summary>
/// Lily and Bobby: a bruise on a young baby, rightly referred, then one step of the enquiry done
/// badly. Three patterns share this story and differ in the step: the GP not invited to the
/// strategy discussion, the skeletal survey left unreported, no written safety plan.
/// </summary>
internal sealed class InjuryToBabyScript(ReviewPattern pattern, Conduct conduct, S47Outcome conclusion, string? explanation) : PatternScript
{
    public override ReviewPattern Pattern => pattern;

    public override Involvement Involvement => conclusion == S47Outcome.Icpc ? Involvement.ChildProtection : Involvement.ChildInNeed;

    public override void Write(FamilyContext ctx)
    {
        var baby = Baby(ctx.Family);
        var day = AtAge(ctx, baby, 90, 140);
        ChildProtectionWork.Write(ctx, new ProtectionCase(day, Concern.InjuryToBaby)
        {
            Conduct = conduct,
            Conclusion = conclusion,
            Explanation = explanation,
            PlanMonths = 9,
        });
    }
}
