namespace Sightline.Demo;

/// <summary>How far a family's story goes beyond universal services.</summary>
public enum Involvement
{
    /// <summary>Midwifery, health visiting, GP and the occasional hospital visit only.</summary>
    Universal,

    /// <summary>Early help, with the voluntary sector, after a referral by health or school.</summary>
    EarlyHelp,

    /// <summary>A children's social care assessment that ends with no further action or early help.</summary>
    Assessed,

    /// <summary>A child in need plan.</summary>
    ChildInNeed,

    /// <summary>A strategy discussion and a section 47 enquiry, most often leading to a child protection plan.</summary>
    ChildProtection,
}
