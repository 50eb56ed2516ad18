using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Linkage.Demographics;
using Sightline.Web.Presentation;

namespace Sightline.Web.FlagChecks;

/// <summary>Whom a flag check looks for — by NHS number, or by name and date of birth where the number is unknown — and from which setting.</summary>
/// <param name="NhsNumber">The child's NHS number; null for a check by demographics.</param>
/// <param name="Demographics">Name, date of birth and postcode; null for a check by NHS number.</param>
/// <param name="Setting">Where the clinician is checking from.</param>
internal sealed record FlagCheckQuery(NhsNumber? NhsNumber, DemographicQuery? Demographics, CareSetting Setting)
{
    /// <summary>A check by NHS number.</summary>
    public static FlagCheckQuery ByNhsNumber(NhsNumber nhsNumber, CareSetting setting = CareSetting.EmergencyDepartment) => new(nhsNumber, null, setting);

    /// <summary>A check by demographics.</summary>
    public static FlagCheckQuery ByDemographics(DemographicQuery demographics, CareSetting setting = CareSetting.EmergencyDepartment) => new(null, demographics, setting);

    /// <summary>The query in words for the audit log: what was searched for.</summary>
    public string Describe() => (NhsNumber, Demographics) switch
    {
        ({ } number, _) => $"NHS number {number.Formatted}",
        (_, { } who) => $"name '{who.Name}', born {Words.IsoDate(who.Born)}" + (who.Postcode is { } postcode ? $", postcode {postcode.Full}" : ", no postcode"),
        _ => "nothing",
    };
}
