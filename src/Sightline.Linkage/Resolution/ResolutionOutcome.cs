namespace Sightline.Linkage.Resolution;

/// <summary>What resolution decided about two records.</summary>
public enum ResolutionOutcome
{
    /// <summary>Too little in common: two people.</summary>
    Apart,

    /// <summary>Perhaps one person: a person decides.</summary>
    Review,

    /// <summary>One person.</summary>
    Link,
}
