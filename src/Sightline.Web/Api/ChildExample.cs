namespace Sightline.Web.Api;

/// <summary>The examples of <c>GET /api/children/{personId}</c> in the OpenAPI description.</summary>
internal static class ChildExample
{
    public const string Id = "aldermere-hv:HV-20418";

    public static ChildSummary Summary { get; } = new(
        Id,
        "Kit Kay",
        "943 476 5927",
        new DateOnly(2026, 9, 25),
        null,
        "Aldermere",
        [new PlanSummary("child protection", "Aldermere", new DateOnly(2026, 10, 5), "physical")],
        null,
        [
            new AlertSummary(
                "bruising-non-mobile",
                "Bruising on a child who is not independently mobile",
                new DateOnly(2026, 11, 20),
                new DateOnly(2026, 11, 23),
                false,
                "Bruise on a non-mobile 8-week-old (explanation given: caught in the cot bars). Refer to children's social care and hold a strategy discussion by 23 Nov 2026."),
        ]);

    public static object Forbidden { get; } = new { error = "forbidden" };
}
