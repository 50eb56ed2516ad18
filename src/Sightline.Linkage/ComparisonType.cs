namespace Sightline.Linkage;

/// <summary>What kind of value a comparison reads, which decides its normalisation and the levels it allows.</summary>
public enum ComparisonType
{
    /// <summary>Free text such as names and addresses: folded to lower-case ASCII.</summary>
    Text,

    /// <summary>A date (YYYYMMDD, YYYY-MM-DD or DD/MM/YYYY); anything else is missing.</summary>
    Date,

    /// <summary>A UK postcode; one that does not parse is missing.</summary>
    Postcode,

    /// <summary>An NHS number; one whose check digit fails is missing, never a disagreement.</summary>
    NhsNumber,
}
