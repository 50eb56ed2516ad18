using System.Text.Json.Nodes;
using Sightline.Core.Agencies;
using Sightline.Core.Events;
using Sightline.Interop.Fhir.Flags;

namespace Sightline.Web.Api.Flags;

/// <summary>The examples of the flag check's endpoints in the OpenAPI description: a flagged child, who checked her, and her flag in FHIR.</summary>
internal static class FlagExamples
{
    public const string ChildId = "kestrelmoor-ed:MRN-4471";
    public const string NhsNumber = "9991000003";

    private static readonly Agency SocialCare = new(new AgencyId("kestrelmoor-csc"), "Kestrelmoor Children's Social Care", AgencyKind.ChildrensSocialCare, "Kestrelmoor")
    {
        Contact = new AgencyContact("01632 960 010", "mash@kestrelmoor.example.org", "01632 960 911"),
    };

    public static FlagCheckResponse Flagged { get; } = new(
        "flags",
        "FLAGGED. Lily Marsh is on a child protection plan held by Kestrelmoor since 1 Jun 2026. Speak to the child's social worker today: "
        + "Kestrelmoor Children's Social Care, 01632 960 010, mash@kestrelmoor.example.org, out of hours 01632 960 911.",
        new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero),
        "urgent-care",
        365,
        [
            new CheckedChildResponse(
                ChildId,
                "Lily Marsh",
                "999 100 0003",
                new DateOnly(2022, 4, 12),
                null,
                new MatchResponse("nhs-number", 1, ["NHS number: exact"]),
                true,
                [new FlagResponse("child-protection", "physical", "active", new DateOnly(2026, 6, 1), null, "Kestrelmoor", new HolderResponse(ChildId, "Lily Marsh", "self"))],
                [new AreaResponse("Kestrelmoor", [new ContactResponse(SocialCare.Id.Value, SocialCare.Name, SocialCare.Contact!.Phone, SocialCare.Contact.Email, SocialCare.Contact.OutOfHoursPhone)])],
                [
                    new AttendanceResponse(new DateOnly(2026, 11, 1), "walk-in", "kestrelmoor-ed", "Emergency Department, Kestrelmoor General", "fell down the stairs"),
                    new AttendanceResponse(new DateOnly(2026, 10, 2), "urgent-care", "kestrelmoor-ed", "Emergency Department, Kestrelmoor General", "scald to the hand"),
                ]),
        ]);

    public static JsonNode InvalidQuery { get; } = JsonNode.Parse("""
        {
          "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
          "title": "The flag check's query is not valid.",
          "status": 400,
          "detail": "born: '2022-13-01' is not a date written YYYY-MM-DD",
          "errors": [{"parameter": "born", "detail": "'2022-13-01' is not a date written YYYY-MM-DD"}]
        }
        """)!;

    public static object Refused { get; } = new { error = "forbidden", detail = "a police agency is not an unscheduled-care setting" };

    public static IReadOnlyList<FlagCheckEntryResponse> Checks { get; } =
    [
        new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), "ed-triage-system", "kestrelmoor-ed", "Emergency Department, Kestrelmoor General", "practitioner",
            "flag check at urgent care", "flag check at urgent care: NHS number 999 100 0003, found by NHS number: 1 flag shown; plans of the person and household, responsible areas and contacts, last 25 unscheduled-care attendances"),
    ];

    public static JsonNode Bundle { get; } = JsonNode.Parse(FlagBundle.Searchset(
        [
            new SafeguardingFlag($"{ChildId}|child-protection|2026-06-01|own", Core.Persons.NhsNumber.Parse(NhsNumber), "Lily Marsh", PlanType.ChildProtection, PlanCategory.Physical,
                new DateOnly(2026, 6, 1), null, null, new ResponsibleArea("Kestrelmoor", SocialCare)),
        ],
        new Uri("https://sightline.example/fhir"),
        new Uri($"https://sightline.example/fhir/Flag?patient.identifier={FlagSearch.NhsNumberSystem}|{NhsNumber}"),
        new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)))!;

    public static JsonNode BadSearch { get; } = JsonNode.Parse(Fhir.FhirFlagEndpoint.Outcome(Interop.Fhir.Intake.FhirIssueType.Value,
        "patient.identifier: '9991000004' is not a valid NHS number (ten digits whose last passes the Modulus 11 check)", FlagSearch.Parameter))!;
}
