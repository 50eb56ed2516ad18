namespace Sightline.FlagBench.Population;

/// <summary>A row of <c>persons</c>, with the wire names the store writes.</summary>
internal readonly record struct PersonData(
    string Id, string Role, string Sex, DateOnly? Born, DateOnly? Due, string? NhsNumber, string Name, string Area, string Postcode, DateOnly KnownSince);

/// <summary>A row of <c>agencies</c>.</summary>
internal sealed record AgencyData(string Id, string Name, string Kind, string Area, string? Phone, string? Email, string? OutOfHoursPhone);

/// <summary>An event with its one subject: a row of <c>events</c> and one of <c>event_subjects</c>.</summary>
internal sealed record EventData(long Sequence, string SourceAgency, string SourceId, string Kind, DateOnly Date, string Agency, string Payload, DateTimeOffset RecordedAt, string Subject);

/// <summary>A row of <c>plan_flags</c>.</summary>
internal sealed record PlanFlagData(string Child, string Plan, string? Category, string Area, DateOnly Started, DateOnly? Ended);

/// <summary>A household with its members in order.</summary>
internal sealed record HouseholdData(string Id, IReadOnlyList<string> Members);

/// <summary>A <c>parent</c> relationship.</summary>
internal sealed record RelationshipData(string From, string To, string Type);

/// <summary>A row of <c>household_plans</c>.</summary>
internal sealed record HouseholdPlanData(string Person, string Member);

/// <summary>Everything written after the persons: the flagged families' structure and events, and the attendances.</summary>
internal sealed class FamilyData
{
    public List<HouseholdData> Households { get; } = [];

    public List<RelationshipData> Relationships { get; } = [];

    public List<PlanFlagData> PlanFlags { get; } = [];

    public List<HouseholdPlanData> HouseholdPlans { get; } = [];

    public List<EventData> Events { get; } = [];
}
