using Sightline.Demo.Families;
using Sightline.Demo.SocialCare;

namespace Sightline.Demo.Patterns;

/// <summary>
/// Baby C and Family T, "the invisible men": the children go on a plan for neglect and every
/// assessment covers the mother and children only; the father, who lives elsewhere and visits, is never assessed.
/// </summary>
internal sealed class FatherNeverAssessedScript : PatternScript
{
    public override ReviewPattern Pattern => ReviewPattern.FatherNeverAssessed;

    public override Involvement Involvement => Involvement.ChildProtection;

    public override FamilyShape Shape { get; } = new()
    {
        BabyWithRoomAfterBirth = true,
        YoungSibling = true,
        Father = FatherLiving.NonResident,
        MayMove = false,
        HouseholdMayChange = false,
    };

    public override void Write(FamilyContext ctx)
    {
        var day = AtAge(ctx, Baby(ctx.Family), 30, 90);
        ChildProtectionWork.Write(ctx, new ProtectionCase(day, Concern.Neglect)
        {
            Conduct = Conduct.Good with { AssessesFathers = false },
            PlanMonths = 9,
        });
    }
}
