using Sightline.Core.Events;

namespace Sightline.Web.Presentation;

/// <summary>The colour of a flag, as a class of the stylesheet: the more protective the plan, the stronger the colour.</summary>
internal static class Tags
{
    public static string ForPlan(PlanType plan) => plan switch
    {
        PlanType.ChildProtection or PlanType.PreBirthChildProtection => "tag tag--red",
        PlanType.LookedAfter => "tag tag--purple",
        _ => "tag tag--orange",
    };
}
