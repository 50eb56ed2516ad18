using Sightline.Core.Persons;
using Sightline.Web.Alerts;
using Sightline.Web.Chronology;
using Sightline.Web.Genogram;

namespace Sightline.Web.Children;

/// <summary>Everything the child's page shows, folded from the family's stored history and the live protocols' alerts.</summary>
internal sealed record ChildView
{
    /// <summary>The child's id.</summary>
    public required PersonId Id { get; init; }

    /// <summary>The name shown.</summary>
    public required string Name { get; init; }

    /// <summary>The NHS number in 3-3-4 form, when known.</summary>
    public string? NhsNumber { get; init; }

    /// <summary>Date of birth, once born.</summary>
    public DateOnly? Born { get; init; }

    /// <summary>Due date, while unborn.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The age today, once born.</summary>
    public string? Age { get; init; }

    /// <summary>The local authority the child lives in now.</summary>
    public string? Area { get; init; }

    /// <summary>The kind of housing, when a move recorded it.</summary>
    public string? Housing { get; init; }

    /// <summary>Active plans.</summary>
    public IReadOnlyList<PlanBanner> Plans { get; init; } = [];

    /// <summary>The start of an open section 47 enquiry.</summary>
    public DateOnly? OpenEnquirySince { get; init; }

    /// <summary>Alerts naming the child, overdue first.</summary>
    public IReadOnlyList<AlertLine> Alerts { get; init; } = [];

    /// <summary>What must still happen, soonest first.</summary>
    public IReadOnlyList<DueStep> DueSteps { get; init; } = [];

    /// <summary>Whom to contact about the child, service by service, as far as the records say.</summary>
    public IReadOnlyList<KeyContact> KeyContacts { get; init; } = [];

    /// <summary>The child themselves, with what agencies know about them.</summary>
    public required FamilyMember Subject { get; init; }

    /// <summary>The household and wider family drawn as a genogram.</summary>
    public required GenogramDrawing Genogram { get; init; }

    /// <summary>The people living with the child now.</summary>
    public IReadOnlyList<FamilyMember> Household { get; init; } = [];

    /// <summary>Parents, siblings, partners and grandparents who do not live with the child.</summary>
    public IReadOnlyList<FamilyMember> WiderFamily { get; init; } = [];

    /// <summary>The agencies involved, earliest first.</summary>
    public IReadOnlyList<InvolvedAgency> Agencies { get; init; } = [];

    /// <summary>The family's multi-agency chronology, newest first.</summary>
    public IReadOnlyList<ChronologyEntry> Chronology { get; init; } = [];

    /// <summary>The day the page was drawn, in England.</summary>
    public required DateOnly Today { get; init; }
}
