namespace Sightline.Demo.Families;

/// <summary>Whether the children's father lives with them.</summary>
internal enum FatherLiving
{
    /// <summary>No father is recorded.</summary>
    Unknown,

    /// <summary>He lives with the children throughout.</summary>
    Resident,

    /// <summary>He lives elsewhere throughout.</summary>
    NonResident,

    /// <summary>He lives with them, then the couple separate and he leaves.</summary>
    LeavesHome,
}
