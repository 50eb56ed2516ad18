using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;
using Sightline.Linkage.Demographics;
using Sightline.Web.Presentation;

namespace Sightline.Web.FlagChecks;

/// <summary>
/// The flag check page's form as typed: the NHS number, or — when it is not known — the child's
/// name, date of birth (day, month and year boxes) and postcode, and the setting checking.
/// <see cref="Read"/> turns it into the same <see cref="FlagCheckQuery"/> the API takes, or into
/// the problems for the error summary, worded as the design system words them. An NHS number, when
/// given, is used alone: it is certain, where the name and date of birth are a match.
/// </summary>
internal sealed record FlagCheckForm
{
    /// <summary>The ids of the form's fields, which the error summary links to.</summary>
    public const string NhsNumberField = "nhs-number";
    public const string NameField = "name";
    public const string BornField = "born";
    public const string PostcodeField = "postcode";
    public const string SettingField = "setting";

    /// <summary>The longest name or NHS number kept: a name, not a document (as the API).</summary>
    public const int LongestTyped = 200;

    public string? NhsNumber { get; init; }

    public string? Name { get; init; }

    public string? BornDay { get; init; }

    public string? BornMonth { get; init; }

    public string? BornYear { get; init; }

    public string? Postcode { get; init; }

    /// <summary>The setting's wire name, e.g. <c>urgent-care</c>; none is the emergency department.</summary>
    public string? Setting { get; init; }

    /// <summary>True when no child was asked about: the empty form, as first opened.</summary>
    public bool IsEmpty => Typed(NhsNumber) is null && Typed(Name) is null && Typed(Postcode) is null && DateInput.IsEmpty(BornDay, BornMonth, BornYear);

    /// <summary>True when the name, date of birth or postcode was typed: the form shows them open.</summary>
    public bool HasDemographics => Typed(Name) is not null || Typed(Postcode) is not null || !DateInput.IsEmpty(BornDay, BornMonth, BornYear);

    /// <summary>The setting chosen, the emergency department when none (or an unknown one) was.</summary>
    public CareSetting ChosenSetting => Wire.TryParse<CareSetting>(Typed(Setting), out var setting) ? setting.Value : CareSetting.EmergencyDepartment;

    /// <summary>The check asked for, or null with every problem of what was typed.</summary>
    /// <param name="today">Today in England: a date of birth after it is a problem.</param>
    public (FlagCheckQuery? Query, IReadOnlyList<FormError> Errors) Read(DateOnly today)
    {
        var errors = new List<FormError>();
        // The setting's radios come last on the page, so their problem comes last in the summary.
        var setting = CareSetting.EmergencyDepartment;
        FormError? settingError = null;
        if (Typed(Setting) is { } typedSetting)
        {
            if (Wire.TryParse<CareSetting>(typedSetting, out var chosen))
            {
                setting = chosen.Value;
            }
            else
            {
                settingError = new FormError(SettingField, "Select where the child is being seen");
            }
        }
        var query = Query(setting, errors, today);
        if (settingError is not null)
        {
            errors.Add(settingError);
        }
        return errors.Count > 0 ? (null, errors) : (query, errors);
    }

    private FlagCheckQuery? Query(CareSetting setting, List<FormError> errors, DateOnly today)
    {
        if (Typed(NhsNumber) is { } typedNumber)
        {
            return NhsNumberInput.Read(typedNumber, NhsNumberField, errors) is { } number ? FlagCheckQuery.ByNhsNumber(number, setting) : null;
        }
        if (!HasDemographics)
        {
            errors.Add(new FormError(NhsNumberField, "Enter the child's NHS number, or their name and date of birth"));
            return null;
        }
        var name = Typed(Name);
        if (name is null)
        {
            errors.Add(new FormError(NameField, "Enter the child's full name"));
        }
        var born = DateInput.Read(BornField, "Date of birth", "12 4 2022", BornDay, BornMonth, BornYear, errors);
        if (born is null && DateInput.IsEmpty(BornDay, BornMonth, BornYear))
        {
            errors.Add(new FormError($"{BornField}-day", "Enter the child's date of birth"));
        }
        else if (born > today)
        {
            errors.Add(new FormError($"{BornField}-day", "Date of birth must be today or in the past"));
            born = null;
        }
        UkPostcode? postcode = null;
        if (Typed(Postcode) is { } typedPostcode && !UkPostcode.TryParse(typedPostcode, out postcode))
        {
            errors.Add(new FormError(PostcodeField, "Enter a real postcode, like KM1 2AB"));
        }
        return name is null || born is null || errors.Count > 0
            ? null
            : FlagCheckQuery.ByDemographics(new DemographicQuery(name, born.Value, postcode), setting);
    }

    /// <summary>Null for nothing typed; otherwise the text trimmed, cut to the longest kept.</summary>
    private static string? Typed(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, LongestTyped)];
    }
}
