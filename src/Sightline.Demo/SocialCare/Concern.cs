namespace Sightline.Demo.SocialCare;

/// <summary>What first brings a family to children's social care.</summary>
internal enum Concern
{
    /// <summary>The health visitor or school sees neglect.</summary>
    Neglect,

    /// <summary>The police attend a domestic incident.</summary>
    DomesticAbuse,

    /// <summary>A drug and alcohol service starts working with a parent.</summary>
    ParentalSubstanceMisuse,

    /// <summary>A bruise on a baby who is not yet mobile.</summary>
    InjuryToBaby,

    /// <summary>Midwifery is worried about an unborn baby.</summary>
    PreBirth,
}
