namespace Sightline.Core.Protocols;

/// <summary>
/// Local procedures differ on the first step after bruising to a non-mobile child; the
/// partnership chooses one in its policy file.
/// </summary>
public enum BruisingResponse
{
    /// <summary>Refer to children's social care at once, and hold a strategy discussion.</summary>
    ReferToChildrensSocialCare,

    /// <summary>
    /// Examination by a paediatrician and a multi-agency discussion first (the national
    /// panel's 2022 position), with social care told.
    /// </summary>
    PaediatricAssessmentFirst,
}
