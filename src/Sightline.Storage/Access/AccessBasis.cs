namespace Sightline.Storage.Access;

/// <summary>Why an agency (or, for break-glass, one of its users) may open a person's record.</summary>
public enum AccessBasis
{
    /// <summary>The agency recorded an event about the person or someone in their household at the time (for an adult: about them, or a child they live with or are a parent of).</summary>
    Involved,

    /// <summary>The agency is the children's social care of an area holding an active plan of the person (for an adult: of a child they live with or are a parent of).</summary>
    HoldsPlan,

    /// <summary>An alert naming the person notified the agency.</summary>
    Notified,

    /// <summary>The user holds an unexpired break-glass grant for the person.</summary>
    BreakGlass,

    /// <summary>
    /// The user works in an unscheduled-care setting and checks whether a child (or their household)
    /// has a child-protection, looked-after or pre-birth plan: the flag check, which shows only the
    /// flags, the responsible area and the child's unscheduled-care attendances, never the record.
    /// </summary>
    UnscheduledCare,
}
