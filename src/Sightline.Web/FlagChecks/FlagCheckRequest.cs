using System.Globalization;
using Microsoft.Extensions.Primitives;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;
using Sightline.Linkage.Demographics;

namespace Sightline.Web.FlagChecks;

/// <summary>
/// Reads a flag check from query parameters, as <c>GET /api/flags</c> takes them (and a page's
/// form would): <c>nhsNumber</c>, or <c>name</c> and <c>born</c> (YYYY-MM-DD) with an optional
/// <c>postcode</c>; and an optional <c>setting</c> (<c>emergency-department</c>, the default,
/// <c>urgent-care</c>, <c>walk-in</c> or <c>out-of-hours</c>). Every problem is reported, each by its parameter.
/// </summary>
internal static class FlagCheckRequest
{
    public const string NhsNumberParameter = "nhsNumber";
    public const string NameParameter = "name";
    public const string BornParameter = "born";
    public const string PostcodeParameter = "postcode";
    public const string SettingParameter = "setting";

    /// <summary>The longest name accepted: a name, not a document.</summary>
    private const int LongestName = 200;

    /// <summary>Reads the check, or every problem with it.</summary>
    /// <param name="value">A parameter's values by name (e.g. from <c>IQueryCollection</c>).</param>
    /// <param name="today">Today in England: a date of birth after it is refused.</param>
    public static (FlagCheckQuery? Query, IReadOnlyList<FlagCheckProblem> Problems) Read(Func<string, StringValues> value, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problems = new List<FlagCheckProblem>();
        var setting = Setting(One(value, SettingParameter, problems), problems);
        var nhs = One(value, NhsNumberParameter, problems);
        var name = One(value, NameParameter, problems);
        var born = One(value, BornParameter, problems);
        var postcode = One(value, PostcodeParameter, problems);
        if (nhs is not null && (name ?? born ?? postcode) is not null)
        {
            problems.Add(new(NhsNumberParameter, "give either nhsNumber, or name and born (and postcode if known), not both"));
            return (null, problems);
        }
        if (nhs is not null)
        {
            if (!NhsNumber.TryParse(nhs, out var number))
            {
                problems.Add(new(NhsNumberParameter, $"'{nhs}' is not a valid NHS number (ten digits whose last passes the Modulus 11 check)"));
            }
            return problems.Count > 0 ? (null, problems) : (FlagCheckQuery.ByNhsNumber(number!.Value, setting), problems);
        }
        if (name is null && born is null)
        {
            problems.Add(new(NhsNumberParameter, "give nhsNumber, or name and born (YYYY-MM-DD) and, if known, postcode"));
            return (null, problems);
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new(NameParameter, "the child's name is required when the NHS number is not given"));
        }
        else if (name.Length > LongestName)
        {
            problems.Add(new(NameParameter, $"a name of at most {LongestName} characters"));
        }
        DateOnly? birth = null;
        if (string.IsNullOrWhiteSpace(born))
        {
            problems.Add(new(BornParameter, "the date of birth (YYYY-MM-DD) is required when the NHS number is not given"));
        }
        else if (!DateOnly.TryParseExact(born, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            problems.Add(new(BornParameter, $"'{born}' is not a date written YYYY-MM-DD"));
        }
        else if (day > today)
        {
            problems.Add(new(BornParameter, $"{born} is after today ({today:yyyy-MM-dd})"));
        }
        else
        {
            birth = day;
        }
        UkPostcode? home = null;
        if (postcode is not null && !UkPostcode.TryParse(postcode, out home))
        {
            problems.Add(new(PostcodeParameter, $"'{postcode}' is not a UK postcode"));
        }
        return problems.Count > 0
            ? (null, problems)
            : (FlagCheckQuery.ByDemographics(new DemographicQuery(name!.Trim(), birth!.Value, home), setting), problems);
    }

    /// <summary>The parameter's one value, null when absent (or empty); more than one is a problem.</summary>
    private static string? One(Func<string, StringValues> value, string name, List<FlagCheckProblem> problems)
    {
        var values = value(name);
        if (values.Count > 1)
        {
            problems.Add(new(name, $"given {values.Count} times; give it once"));
        }
        var first = values.Count > 0 ? values[0] : null;
        return string.IsNullOrWhiteSpace(first) ? null : first;
    }

    private static CareSetting Setting(string? text, List<FlagCheckProblem> problems)
    {
        if (text is null)
        {
            return CareSetting.EmergencyDepartment;
        }
        if (Wire.TryParse<CareSetting>(text, out var setting))
        {
            return setting.Value;
        }
        problems.Add(new(SettingParameter, $"'{text}' is not a setting: emergency-department, urgent-care, walk-in or out-of-hours"));
        return CareSetting.EmergencyDepartment;
    }
}
