using Sightline.Core.Events;

namespace Sightline.Web.Presentation;

/// <summary>The colour of a flag, as the design system's tag classes: the more protective the plan, the stronger the colour.</summary>
internal static class Tags
{
    public static string ForPlan(PlanType plan) => plan switch
    {
        PlanType.ChildProtection or PlanType.PreBirthChildProtection => "govuk-tag govuk-tag--red",
        PlanType.LookedAfter => "govuk-tag govuk-tag--purple",
        _ => "govuk-tag govuk-tag--orange",
    };
}
