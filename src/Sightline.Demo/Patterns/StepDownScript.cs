using Sightline.Demo.Families;
using Sightline.Demo.SocialCare;
using Sightline.Demo.Timeline;

namespace Sightline.Demo.Patterns;

/// <summary>
/// Baby C: a child protection plan for neglect is stepped down to child in need at a review,
/// without a manager's approval and with no rationale recorded.
/// </summary>
internal sealed class StepDownScript : PatternScript
{
    public override ReviewPattern Pattern => ReviewPattern.StepDownWithoutOversight;

    public override Involvement Involvement => Involvement.ChildProtection;

    public override void Write(FamilyContext ctx)
    {
        var day = Weekdays.OnOrAfter(ctx.Family.HistoryStart.AddDays(ctx.Random.Between(40, 80)));
        ChildProtectionWork.Write(ctx, new ProtectionCase(day, Concern.Neglect)
        {
            Conduct = Conduct.Good with { ApprovesStepDown = false },
            PlanMonths = 6,
        });
    }
}
