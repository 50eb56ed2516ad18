using System.Globalization;
using Sightline.Core.Agencies;
using Sightline.Core.Cases;
using Sightline.Core.Events;
using Sightline.Core.Persons;
using Sightline.Core.Vocabulary;

namespace Sightline.Web.Presentation;

/// <summary>The domain's values in the words practitioners read: dates, ages, plans, facts, lists.</summary>
internal static class Words
{
    /// <summary>A date as people write it: 2 Oct 2019.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date for a <c>datetime</c> attribute: 2019-10-02.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A vocabulary value as words: <c>WasNotBrought</c> → "was not brought".</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Wire.Name(value).Replace('-', ' ');

    /// <summary>A plan's name: "child protection", "pre-birth child protection".</summary>
    public static string Plan(PlanType plan) => plan switch
    {
        PlanType.PreBirthChildProtection => "pre-birth child protection",
        _ => Of(plan),
    };

    /// <summary>A person's role: "mother", "unborn child".</summary>
    public static string Role(PersonRole role) => role switch
    {
        PersonRole.Unborn => "unborn child",
        _ => Of(role),
    };

    /// <summary>An agency kind: "children's social care", "GP".</summary>
    public static string Kind(AgencyKind kind) => kind switch
    {
        AgencyKind.ChildrensSocialCare => "children's social care",
        AgencyKind.Gp => "GP",
        AgencyKind.Camhs => "CAMHS",
        _ => Of(kind),
    };

    /// <summary>
    /// A fact about a person: "previous child removed", "police incident: domestic abuse",
    /// "probation: not engaging".
    /// </summary>
    public static string Fact(FactKey fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var parts = fact.Name.Split(':', 2);
        var name = parts[0].Replace('-', ' ');
        return parts.Length == 1 ? name : $"{name}: {parts[1].Replace('-', ' ')}";
    }

    /// <summary>An age in the unit people use at that age: "9 days", "4 months", "3 years".</summary>
    public static string Age(DateOnly born, DateOnly today)
    {
        if (today < born)
        {
            return "not yet born";
        }
        var months = ((today.Year - born.Year) * 12) + today.Month - born.Month - (today.Day < born.Day ? 1 : 0);
        if (months < 1)
        {
            return Count(today.DayNumber - born.DayNumber, "day");
        }
        return months < 24 ? Count(months, "month") : Count(months / 12, "year");
    }

    /// <summary>"1 day", "3 days"; "1 child", "1,204 children" with a <paramref name="plural"/>.</summary>
    public static string Count(int count, string unit, string? plural = null) =>
        count == 1 ? $"1 {unit}" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} {plural ?? unit + "s"}");

    /// <summary>A list as a sentence: "A", "A and B", "A, B and C"; <paramref name="none"/> when empty.</summary>
    public static string List(IEnumerable<string> items, string none = "none")
    {
        ArgumentNullException.ThrowIfNull(items);
        var all = items.ToList();
        return all.Count switch
        {
            0 => none,
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + " and " + all[^1],
        };
    }

    /// <summary>The first letter in lower case, for a line that continues a sentence.</summary>
    public static string Uncapitalised(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>The first letter in capitals, for words that start a line.</summary>
    public static string Capitalised(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
