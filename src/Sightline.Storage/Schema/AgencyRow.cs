using Sightline.Core.Agencies;

namespace Sightline.Storage.Schema;

/// <summary>An agency as stored in <c>agencies</c>.</summary>
internal sealed class AgencyRow
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public AgencyKind Kind { get; set; }

    public required string LocalAuthority { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? OutOfHoursPhone { get; set; }
}
