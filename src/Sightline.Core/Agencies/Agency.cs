using System.Text.Json.Serialization;

namespace Sightline.Core.Agencies;

/// <summary>An organisation that works with children and families, in one local authority area.</summary>
/// <param name="Id">Its identifier.</param>
/// <param name="Name">Its name as practitioners know it.</param>
/// <param name="Kind">What kind of service it is.</param>
/// <param name="LocalAuthority">The local authority area it serves.</param>
public sealed record Agency(AgencyId Id, string Name, AgencyKind Kind, string LocalAuthority)
{
    /// <summary>How to reach it, when the agency (or a partnership's data) gave it; null when unknown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AgencyContact? Contact { get; init; }
}
